/**
 * A corpus folder → articles, diagnostics and a report per file. The only module of Parallax that touches the file
 * system (DESIGN.md §1): it lists and reads the files, and hands the bytes to the pure `parseCorpusFile` and
 * `combineFiles`. Every file ends up as articles or as a diagnostic; dotfiles and dot-folders are ignored.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../types';
import { combineFiles, type Corpus, type FileReport } from './combine';
import { defaultRegistry, type Registry } from './outlets';
import { parseCorpusFile, type ParsedFile, type ParseOptions } from './parse';

export type { Corpus, FileReport };

/** Larger files are refused rather than read into memory: no news article is this long. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Relative paths (with `/`) of the files under `dir`, sorted by code unit so the order is the same everywhere. */
function listFiles(dir: string, problems: Diagnostic[]): string[] {
  const out: string[] = [];
  // Real paths of the folders entered: a symbolic link back up the tree must not loop forever.
  const entered = new Set<string>();
  const walk = (relative: string): void => {
    let entries: string[];
    try {
      const real = realpathSync(path.join(dir, relative));
      if (entered.has(real)) return;
      entered.add(real);
      entries = readdirSync(path.join(dir, relative));
    } catch (err) {
      problems.push({
        file: relative || '.',
        severity: 'error',
        message: `folder could not be read (${(err as Error).message}); check its permissions`,
      });
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.')) continue;
      const rel = relative ? `${relative}/${name}` : name;
      let isDir = false;
      try {
        isDir = statSync(path.join(dir, rel)).isDirectory();
      } catch {
        // A broken link: reported when it is read below.
      }
      if (isDir) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function loadCorpus(
  dir: string,
  registry: Registry = defaultRegistry(),
  options: ParseOptions = {},
): Corpus {
  const problems: Diagnostic[] = [];
  const parsed: { file: string; result: ParsedFile }[] = [];
  for (const file of listFiles(dir, problems)) {
    let result: ParsedFile;
    try {
      const full = path.join(dir, file);
      const size = statSync(full).size;
      if (size > MAX_FILE_BYTES) {
        result = {
          articles: [],
          diagnostics: [
            {
              file,
              severity: 'error',
              message: `${Math.round(size / 1048576)} MB is too large for one corpus file; split it into one file per article or use .jsonl`,
            },
          ],
        };
      } else {
        result = parseCorpusFile(file, new Uint8Array(readFileSync(full)), registry, options);
      }
    } catch (err) {
      result = {
        articles: [],
        diagnostics: [
          {
            file,
            severity: 'error',
            message: `could not be read (${(err as Error).message}); check the file`,
          },
        ],
      };
    }
    parsed.push({ file, result });
  }
  const corpus = combineFiles(parsed);
  return { ...corpus, diagnostics: [...problems, ...corpus.diagnostics] };
}
