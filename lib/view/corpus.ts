import type { Article, Diagnostic, Event } from '../types';
import { compareText } from '../text/compare';

/** What became of one input file: the articles it gave and the problems found. */
export interface FileReport {
  file: string;
  articles: {
    id: string;
    title: string;
    outlet: string;
    date: string | null;
    warnings: string[];
    /** Passages the importer removed (page debris), listed with reasons on the article page. */
    removed: number;
    /** The event the article was grouped into. */
    event?: { id: string; title: string; size: number };
  }[];
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
}

/** `story-2.csv#14` and `feed.jsonl:3` name records inside one file; the report groups by the file itself. */
export function fileOf(articleFile: string): string {
  return articleFile.replace(/(#\d+|:\d+)$/, '');
}

/** One report per input file, sorted by file name; files with only diagnostics (nothing imported) are included. */
export function corpusFiles<
  I extends {
    articles: readonly Pick<Article, 'id' | 'file' | 'title' | 'outlet' | 'date' | 'warnings' | 'removed'>[];
    events: readonly Pick<Event, 'id' | 'title' | 'articleIds'>[];
    diagnostics: readonly Diagnostic[];
  },
>(index: I): FileReport[] {
  const reports = new Map<string, FileReport>();
  const report = (file: string): FileReport => {
    let r = reports.get(file);
    if (!r) {
      r = { file, articles: [], diagnostics: [], errors: 0, warnings: 0 };
      reports.set(file, r);
    }
    return r;
  };
  const eventOf = new Map<string, { id: string; title: string; size: number }>();
  for (const e of index.events) {
    for (const id of e.articleIds) {
      if (!eventOf.has(id)) eventOf.set(id, { id: e.id, title: e.title, size: e.articleIds.length });
    }
  }
  for (const a of index.articles) {
    const r = report(fileOf(a.file));
    const event = eventOf.get(a.id);
    r.articles.push({
      id: a.id,
      title: a.title,
      outlet: a.outlet.name,
      date: a.date,
      warnings: a.warnings,
      removed: a.removed.length,
      ...(event ? { event } : {}),
    });
    r.warnings += a.warnings.length;
  }
  for (const d of index.diagnostics) {
    const r = report(d.file);
    r.diagnostics.push(d);
    if (d.severity === 'error') r.errors++;
    else r.warnings++;
  }
  return [...reports.values()].sort((x, y) => compareText(x.file, y.file));
}

/**
 * Articles per corpus page (a file that gave none counts as one). The page lists every file with what it gave, so at
 * 100k articles one page was some 30 MB of HTML that took `next build` past its 60 s per page and 4 GiB; a reader
 * scanning for problems reads a thousand lines at a time, and the summary at the top of the first page names every
 * file that imported nothing.
 */
export const CORPUS_PAGE_ARTICLES = 1000;

/**
 * The page size a build uses: `PARALLAX_CORPUS_PAGE_ARTICLES` when it is a whole number from 1 (the browser tests cut
 * the small fixture corpus into pages with it), else `CORPUS_PAGE_ARTICLES`.
 */
export function corpusPageArticles(env: Record<string, string | undefined> = process.env): number {
  const raw = env.PARALLAX_CORPUS_PAGE_ARTICLES;
  return raw !== undefined && /^[1-9]\d*$/.test(raw) ? Number(raw) : CORPUS_PAGE_ARTICLES;
}

/**
 * The file reports cut into pages, in file order, whole files only: a page takes files until the next one would take
 * it past `size` articles (a file of more articles than that has a page of its own). Always at least one page.
 */
export function corpusPages(files: readonly FileReport[], size = CORPUS_PAGE_ARTICLES): FileReport[][] {
  const pages: FileReport[][] = [[]];
  let count = 0;
  for (const f of files) {
    const n = Math.max(1, f.articles.length);
    if (count > 0 && count + n > size) {
      pages.push([]);
      count = 0;
    }
    pages[pages.length - 1]!.push(f);
    count += n;
  }
  return pages;
}

/** The URL of corpus page `n` (1-based): the first is /corpus/ itself. */
export function corpusPagePath(n: number): string {
  return n === 1 ? '/corpus/' : `/corpus/${n}/`;
}
