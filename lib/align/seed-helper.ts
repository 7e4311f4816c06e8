/**
 * Test helper (not used by the pipeline): the seed event's three articles, AFP, Reuters and Press TV of 2022-03-11,
 * as the real importer gives them (lib/corpus/load), so the alignment tests see the sentences the site shows.
 */
import path from 'node:path';
import { loadCorpus } from '../corpus/load';

export interface SeedArticle {
  id: string;
  outlet: string;
  sentences: string[];
}

const SEED_OUTLETS = ['afp', 'reuters', 'press-tv'];

export function loadSeedArticles(): SeedArticle[] {
  const { articles } = loadCorpus(path.resolve(process.cwd(), 'data', 'corpus'));
  return SEED_OUTLETS.map((outlet) => {
    const article = articles.find((a) => a.outlet.id === outlet && a.date === '2022-03-11');
    if (!article) throw new Error(`seed article of ${outlet} on 2022-03-11 not found in data/corpus`);
    return { id: article.id, outlet, sentences: article.sentences.map((s) => s.text) };
  });
}
