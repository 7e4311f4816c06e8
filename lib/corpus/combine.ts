/**
 * The parsed files of one corpus → one article list. What only the whole corpus can tell: the same article in two
 * files (a duplicate: the first by sorted file path is kept, the later one is reported and dropped), the same text
 * under two outlets (a syndicated copy: both kept, the later one flagged), ids that collide, and the lines an outlet
 * prints under many stories (page furniture: lib/corpus/furniture.ts).
 */
import type { Article, Diagnostic } from '../types';
import { removeFurniture } from './furniture';
import { uniqueIds } from './ids';
import type { ParsedFile } from './parse';

/** How many articles, warnings and errors one input file gave (the CLI's check table). */
export interface FileTally {
  /** Path relative to the corpus folder. */
  file: string;
  articles: number;
  warnings: number;
  errors: number;
}

export interface Corpus {
  articles: Article[];
  diagnostics: Diagnostic[];
  files: FileTally[];
}

/**
 * The text as compared for copies: case, whitespace and quote style do not count. Lighter than normaliseForMatch
 * (no Unicode normalisation), which matters on a 20 MB file; copies come from one source, so their code points match.
 */
export function copyKey(sentences: { text: string }[]): string {
  return sentences
    .map((s) => s.text)
    .join(' ')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ');
}

/** `story.csv#12` → 12, `a.jsonl:3` → 3, `seed.txt` → undefined. */
function recordLine(file: string): number | undefined {
  const match = /[#:](\d+)$/.exec(file);
  return match ? Number(match[1]) : undefined;
}

/**
 * Combine files given in any order; the output is the same for the same set of files. `copies` may give each
 * article's copy key ahead (a hash of a non-empty `copyKey` will do: only equality counts), else it is computed here.
 */
export function combineFiles(
  parsed: { file: string; result: ParsedFile; copies?: readonly string[] }[],
): Corpus & { stripped: Article[] } {
  const ordered = [...parsed].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const diagnostics: Diagnostic[] = [];
  const kept: Article[] = [];
  const keptFile: string[] = [];
  const firstByText = new Map<string, Article>();
  for (const { file, result, copies } of ordered) {
    diagnostics.push(...result.diagnostics);
    for (const [k, article] of result.articles.entries()) {
      const key = copies?.[k] ?? copyKey(article.sentences);
      const first = key ? firstByText.get(key) : undefined;
      if (first && first.outlet.id === article.outlet.id) {
        diagnostics.push({
          file,
          line: recordLine(article.file),
          severity: 'warning',
          message: `duplicate of ${first.file} (same outlet, same text): skipped; remove one of the two copies`,
        });
        continue;
      }
      if (first) {
        const message = `same text as ${first.file} (${first.outlet.name}): a syndicated copy; both kept`;
        article.warnings.push(message);
        diagnostics.push({ file, line: recordLine(article.file), severity: 'warning', message });
      } else if (key) {
        firstByText.set(key, article);
      }
      kept.push(article);
      keptFile.push(file);
    }
  }
  // An article's text is read only when its id collides (uniqueIds): not joined for every article of every build.
  const ids = uniqueIds(
    kept.map((a) => ({
      id: a.id,
      get text() {
        return a.sentences.map((s) => s.text).join(' ');
      },
    })),
  );
  kept.forEach((article, k) => (article.id = ids[k]!));
  // After the ids, so an article's id does not depend on what the rest of the corpus makes furniture.
  const stripped = removeFurniture(kept);

  const files: FileTally[] = ordered.map(({ file }) => ({
    file,
    articles: keptFile.filter((f) => f === file).length,
    warnings: diagnostics.filter((d) => d.file === file && d.severity === 'warning').length,
    errors: diagnostics.filter((d) => d.file === file && d.severity === 'error').length,
  }));
  return { articles: kept, diagnostics, files, stripped };
}
