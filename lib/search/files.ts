/**
 * The static search index's file layout (docs/data.md), shared by the builder (scripts/postbuild.ts) and the browser.
 * Everything sits under `data/search/`:
 *   meta.json            SearchMeta: document count, chunk size, the list of term shards
 *   terms/<key>.json     TermShard: postings of every term whose longest listed shard key is `<key>`
 *   docs/<n>.json        DocChunk: documents n·chunkSize … (n+1)·chunkSize − 1, with their events
 *   outlets/<id>.json    OutletDocs: the documents (rows) an outlet has a sentence in, for the outlet filter
 * A query loads meta.json, one shard per distinct query term, one outlet file per outlet it is filtered by and one
 * chunk per page of results, so the number of files fetched does not grow with the corpus; shard keys lengthen where
 * the vocabulary is dense so no shard grows large. The date filter needs no file: meta.json holds each run of
 * documents of one date (documents follow the index's events, which are in date order, so there is one run a day).
 */

/** 3: a chunk's cell may be `same` (a reference to an earlier cell of its row with the same text). */
export const SEARCH_VERSION = 3;

export interface SearchMeta {
  version: number;
  /** Number of documents: one per aligned row of every event. Document ids are 0 … docs − 1. */
  docs: number;
  /** Documents per chunk file. */
  chunkSize: number;
  /** Term prefixes that have a shard file, sorted. A term lives in the shard of its longest listed prefix. */
  shards: string[];
  /** Every outlet with a sentence in some row, sorted by id; each has an `outlets/` file. */
  outlets: { id: string; name: string }[];
  /**
   * Event dates by document: `[date, firstDoc]` each time the date changes in document order, so document d has the
   * date of the last run starting at or before d; `''` for an undated event.
   */
  days: [string, number][];
}

/**
 * The documents (rows) an outlet has a sentence in: ids ascending, each stored as the gap from the previous (the first
 * as itself). Row level, not event level: a passage only another outlet printed is not the filtered outlet's.
 */
export type OutletDocs = number[];

/**
 * Postings of one term, flattened: `[docDelta, weight, docDelta, weight, …]`, document ids ascending and stored as the
 * gap from the previous one (the first as itself), weights as BM25 × 100 rounded (at least 1). Flat integer arrays are
 * the smallest JSON for this.
 */
export type Postings = number[];

/** term → postings. Read with Object.hasOwn: a stem like `constructor` must not find Object.prototype's. */
export type TermShard = Record<string, Postings>;

export interface ChunkEvent {
  id: string;
  title: string;
  date: string | null;
  /** Outlet names of the event's articles, in the event's article order. */
  outlets: string[];
}

export interface ChunkDoc {
  /** Index into the chunk's `events`. */
  event: number;
  /** 1-based row number: the event page's `#r<N>`. */
  row: number;
  /** The row's text per article, in the event's article order; articles without a sentence in the row are left out. */
  cells: { outlet: string; text: string }[];
}

/**
 * A cell as a chunk file holds it: its text, or `same`, the index of an earlier cell of the row that printed the same
 * text. Copied wire text puts one sentence in many outlets' cells: at 1k generated articles 2.2 of the 5.7 MB of
 * chunks were such repeats.
 */
export type WrittenCell = { outlet: string; text: string } | { outlet: string; same: number };

/** A chunk file: its events and its documents, cells as written (`readChunkDoc` gives them back whole). */
export interface DocChunk {
  events: ChunkEvent[];
  docs: (Omit<ChunkDoc, 'cells'> & { cells: WrittenCell[] })[];
}

/** A row's cells as written: a text that an earlier cell of the row printed the same becomes `same` (its index). */
export function writeCells(cells: readonly ChunkDoc['cells'][number][]): WrittenCell[] {
  const first = new Map<string, number>();
  return cells.map((c, i) => {
    const same = first.get(c.text);
    if (same !== undefined) return { outlet: c.outlet, same };
    first.set(c.text, i);
    return { outlet: c.outlet, text: c.text };
  });
}

/** A chunk's document with every cell's text, as the search page shows it. */
export function readChunkDoc(doc: DocChunk['docs'][number]): ChunkDoc {
  const cells: ChunkDoc['cells'] = [];
  for (const c of doc.cells)
    cells.push({ outlet: c.outlet, text: 'text' in c ? c.text : (cells[c.same]?.text ?? '') });
  return { ...doc, cells };
}

/**
 * A shard key as a file name: `[a-z0-9]` kept, any other code point as `_<HEX>_`. Unambiguous (kept characters never
 * include `_` or capitals), portable to case-insensitive file systems, and safe in a URL without escaping.
 */
export function shardFileName(key: string): string {
  let out = '';
  for (const ch of key) {
    out += /^[a-z0-9]$/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16).toUpperCase()}_`;
  }
  return `${out}.json`;
}

export function shardPath(key: string): string {
  return `terms/${shardFileName(key)}`;
}

export function outletPath(outletId: string): string {
  return `outlets/${shardFileName(outletId)}`;
}

export function chunkPath(chunk: number): string {
  return `docs/${chunk}.json`;
}
