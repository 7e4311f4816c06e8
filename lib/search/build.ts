import type { Article, CorpusIndex, Event } from '../types';
import { eventDocuments } from './documents';
import {
  SEARCH_VERSION,
  type DocChunk,
  writeCells,
  type OutletDocs,
  type Postings,
  type SearchMeta,
  type TermShard,
} from './files';
import { searchTerms } from './terms';

export interface SearchIndexOptions {
  /**
   * Documents per chunk file. A page of 20 results lands in up to 20 chunks, so small chunks keep a query's download
   * small: at 10k articles 20 a chunk fetch 35–56 KB (brotli) a query where 100 a chunk fetched 120–172 KB, for 1,585
   * more files (docs/performance.md, "Search at size").
   */
  chunkSize?: number;
  /** A shard whose JSON would exceed this many bytes is split by a longer prefix (a single term is never split). */
  shardBytes?: number;
}

export interface SearchIndexFiles {
  meta: SearchMeta;
  /** Shards by key, keys sorted. */
  shards: { key: string; terms: TermShard }[];
  chunks: DocChunk[];
  /** Each outlet's documents, in the order of `meta.outlets`. */
  outlets: { id: string; docs: OutletDocs }[];
}

// BM25's usual constants: term frequency saturates quickly (k1), row length matters in part (b).
const K1 = 1.2;
const B = 0.75;

/**
 * CorpusIndex → the static search index: one document per aligned row (lib/search/documents), terms by
 * lib/search/terms, BM25 weights computed here once so the browser only adds numbers. Pure and deterministic: terms
 * sorted by code unit, documents in index order. `searchIndexBuilder` is the same, one event at a time.
 */
export function buildSearchIndex(index: CorpusIndex, options: SearchIndexOptions = {}): SearchIndexFiles {
  const chunks: DocChunk[] = [];
  const builder = searchIndexBuilder(options, (chunk) => chunks.push(chunk));
  const byId = new Map(index.articles.map((a) => [a.id, a]));
  for (const event of index.events)
    builder.add(
      event,
      event.articleIds.flatMap((id) => byId.get(id) ?? []),
    );
  return { ...builder.finish(), chunks };
}

/** The search index fed one event at a time, so a build over every event never holds them all (scripts/postbuild.ts). */
export interface SearchIndexBuilder {
  /** An event's rows as documents; events in index order, each with its articles (the event's own suffice). */
  add(event: Event, articles: readonly Article[]): void;
  /** The term shards, the meta and the outlet files, once every event is in; the chunks went to `onChunk` as filled. */
  finish(): Omit<SearchIndexFiles, 'chunks'>;
}

/**
 * What `buildSearchIndex` gives, built as events arrive: each document's terms are kept as compact pairs and its
 * chunk goes to `onChunk` (numbered from 0) as soon as it is full, so the documents' text is held a chunk at a time;
 * the weights wait for `finish`, which needs every document's length.
 */
export function searchIndexBuilder(
  options: SearchIndexOptions = {},
  onChunk: (chunk: DocChunk, n: number) => void,
): SearchIndexBuilder {
  const chunkSize = options.chunkSize ?? 20;
  const shardBytes = options.shardBytes ?? 48_000;

  // Term frequencies per document as compact [termId, count] pairs (a Map per document would not fit a large
  // corpus in memory), document frequencies alongside.
  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  const df: number[] = [];
  const docTerms: Uint32Array[] = [];
  const lengths: number[] = [];
  // The filters: each outlet's rows (gap coded) and the runs of one event date.
  const outletRows = new Map<string, { name: string; docs: number[] }>();
  const days: [string, number][] = [];
  let chunk: DocChunk = { events: [], docs: [] };
  let eventAt = new Map<string, number>();
  let chunks = 0;
  const flush = () => {
    onChunk(chunk, chunks++);
    chunk = { events: [], docs: [] };
    eventAt = new Map();
  };

  const add = (event: Event, articles: readonly Article[]) => {
    const byId = new Map(articles.map((a) => [a.id, a]));
    const entry = {
      id: event.id,
      title: event.title,
      date: event.date,
      outlets: event.articleIds.map((a) => byId.get(a)?.outlet.name ?? a),
    };
    for (const doc of eventDocuments(event, byId)) {
      const d = docTerms.length;
      const tf = new Map<number, number>();
      let length = 0;
      for (const cell of doc.cells) {
        for (const t of searchTerms(cell.text)) {
          let id = termIds.get(t);
          if (id === undefined) {
            id = termNames.length;
            termIds.set(t, id);
            termNames.push(t);
            df.push(0);
          }
          tf.set(id, (tf.get(id) ?? 0) + 1);
          length++;
        }
      }
      lengths.push(length);
      const pairs = new Uint32Array(tf.size * 2);
      let k = 0;
      for (const [id, count] of tf) {
        df[id]!++;
        pairs[k++] = id;
        pairs[k++] = count;
      }
      docTerms.push(pairs);

      let e = eventAt.get(doc.event);
      if (e === undefined) {
        e = chunk.events.length;
        eventAt.set(doc.event, e);
        chunk.events.push(entry);
      }
      chunk.docs.push({ event: e, row: doc.row, cells: writeCells(doc.cells) });
      if (chunk.docs.length === chunkSize) flush();

      for (const cell of doc.cells) {
        let o = outletRows.get(cell.outletId);
        if (!o) outletRows.set(cell.outletId, (o = { name: cell.outlet, docs: [] }));
        // Two articles of one outlet in a row count once.
        if (o.docs[o.docs.length - 1] !== d) o.docs.push(d);
      }
      const date = event.date ?? '';
      if (days[days.length - 1]?.[0] !== date) days.push([date, d]);
    }
  };

  const finish = (): Omit<SearchIndexFiles, 'chunks'> => {
    if (chunk.docs.length > 0) flush();
    const n = docTerms.length;
    const avgLength = lengths.reduce((s, l) => s + l, 0) / Math.max(1, n);

    const postings: Postings[] = termNames.map(() => []);
    const lastDoc = new Uint32Array(termNames.length);
    docTerms.forEach((pairs, d) => {
      const norm = K1 * (1 - B + (B * lengths[d]!) / (avgLength || 1));
      for (let k = 0; k < pairs.length; k += 2) {
        const id = pairs[k]!;
        const f = pairs[k + 1]!;
        const idf = Math.log(1 + (n - df[id]! + 0.5) / (df[id]! + 0.5));
        const weight = Math.max(1, Math.round((100 * idf * f * (K1 + 1)) / (f + norm)));
        postings[id]!.push(d - lastDoc[id]!, weight);
        lastDoc[id] = d;
      }
    });

    // JSON size of each term's entry, computed once: `"term":[1,2,…],`.
    const sizes = new Map<string, number>();
    termNames.forEach((t, id) => {
      let size = JSON.stringify(t).length + 3;
      for (const v of postings[id]!) size += String(v).length + 1;
      sizes.set(t, size);
    });
    const terms = [...termNames].sort(compareCodeUnits);
    const groups = shardTerms(terms, (t) => sizes.get(t) ?? 0, shardBytes);
    const shards = [...groups.entries()]
      .sort(([a], [b]) => compareCodeUnits(a, b))
      .map(([key, members]) => {
        const shard: TermShard = {};
        for (const t of members) shard[t] = postings[termIds.get(t)!]!;
        return { key, terms: shard };
      });
    const outlets = [...outletRows.entries()].sort(([a], [b]) => compareCodeUnits(a, b));

    return {
      meta: {
        version: SEARCH_VERSION,
        docs: n,
        chunkSize,
        shards: shards.map((s) => s.key),
        outlets: outlets.map(([id, o]) => ({ id, name: o.name })),
        days,
      },
      shards,
      outlets: outlets.map(([id, o]) => ({
        id,
        docs: o.docs.map((d, i) => (i === 0 ? d : d - o.docs[i - 1]!)),
      })),
    };
  };

  return { add, finish };
}

/**
 * Terms grouped by prefix: start from the first code point and lengthen the prefix of any group whose size passes
 * the budget. A term exactly as long as its group's prefix stays in that group's own shard. A single term bigger than
 * the budget keeps a shard of its own: postings are never split, so one fetch answers one term.
 */
export function shardTerms(
  terms: readonly string[],
  size: (term: string) => number,
  budget: number,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const visit = (prefix: string, depth: number, members: readonly string[]) => {
    const total = members.reduce((s, t) => s + size(t), 0);
    const own = members.filter((t) => [...t].length <= depth);
    if (total <= budget || own.length === members.length) {
      out.set(prefix, [...members]);
      return;
    }
    if (own.length > 0) out.set(prefix, own);
    for (const [child, group] of groupByPrefix(
      members.filter((t) => [...t].length > depth),
      depth + 1,
    )) {
      visit(child, depth + 1, group);
    }
  };
  for (const [key, group] of groupByPrefix(terms, 1)) visit(key, 1, group);
  return out;
}

function groupByPrefix(terms: readonly string[], length: number): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const t of terms) {
    const key = [...t].slice(0, length).join('');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(t);
  }
  return groups;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
