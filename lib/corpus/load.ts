/**
 * A corpus folder → articles, diagnostics and a report per file. The only module of Parallax that touches the file
 * system (DESIGN.md §1): it lists and reads the files, and hands the bytes to the pure `parseCorpusFile` and
 * `combineFiles`. Every file ends up as articles or as a diagnostic; dotfiles and dot-folders are ignored.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../types';
import { combineFiles, type Corpus, type FileTally } from './combine';
import { defaultRegistry, type Registry } from './outlets';
import { parseCorpusFile, type ParsedFile, type ParseOptions } from './parse';

export type { Corpus, FileTally };

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

/** A file of a corpus folder as read: its bytes, or the result standing for it when it could not be read. */
export interface CorpusFile {
  /** Path relative to the corpus folder, with `/`. */
  file: string;
  bytes?: Uint8Array;
  unreadable?: ParsedFile;
}

/**
 * The files of a corpus folder in sorted order, and the problems of the folders themselves. Listing, reading and
 * parsing are apart so a build can parse on worker threads or take a file's parse from its cache (lib/pipeline/run.ts).
 */
export function listCorpusFiles(dir: string): { files: string[]; problems: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  const files = listFiles(dir, problems);
  return { files, problems };
}

/** One file of a corpus folder (`file` as listed), read. */
export function readCorpusFile(dir: string, file: string): CorpusFile {
  const fail = (message: string): CorpusFile => ({
    file,
    unreadable: { articles: [], diagnostics: [{ file, severity: 'error', message }] },
  });
  try {
    const full = path.join(dir, file);
    const size = statSync(full).size;
    if (size > MAX_FILE_BYTES) {
      return fail(
        `${Math.round(size / 1048576)} MB is too large for one corpus file; split it into one file per article or use .jsonl`,
      );
    }
    return { file, bytes: new Uint8Array(readFileSync(full)) };
  } catch (err) {
    return fail(`could not be read (${(err as Error).message}); check the file`);
  }
}

export function loadCorpus(
  dir: string,
  registry: Registry = defaultRegistry(),
  options: ParseOptions = {},
): Corpus {
  const { files, problems } = listCorpusFiles(dir);
  const parsed = files.map((name) => {
    const { file, bytes, unreadable } = readCorpusFile(dir, name);
    return { file, result: unreadable ?? parseCorpusFile(file, bytes!, registry, options) };
  });
  const corpus = combineFiles(parsed);
  return {
    articles: corpus.articles,
    files: corpus.files,
    diagnostics: [...problems, ...corpus.diagnostics],
  };
}
