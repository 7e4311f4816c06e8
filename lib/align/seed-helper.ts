/**
 * Test helper (not used by the pipeline): the seed event's three articles, AFP, Reuters and Press TV of 2022-03-11,
 * as sentence lists. Temporary reader until lib/corpus/load lands: paragraphs split at blank lines, the seed date line
 * dropped, page debris left in (the aligner must cope with it anyway).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitSentences } from './sentences';

export interface SeedArticle {
  id: string;
  outlet: string;
  sentences: string[];
}

const SEEDS: [file: string, outlet: string][] = [
  ['000_62585204ae98a10b.txt', 'afp'],
  ['001_b8c5c287e15dbfcf.txt', 'reuters'],
  ['002_e86b236ceaaf9bff.txt', 'press-tv'],
];

export function loadSeedArticles(): SeedArticle[] {
  return SEEDS.map(([file, outlet]) => {
    const text = readFileSync(path.resolve(process.cwd(), 'data', 'corpus', file), 'utf8').replace(
      /^\s*date \d{4}-\d\d-\d\d\s+/,
      '',
    );
    const sentences = text.split(/\n\s*\n/).flatMap((p) => splitSentences(p.trim()));
    return { id: `2022-03-11-${outlet}`, outlet, sentences };
  });
}
