import {
  chunkPath,
  outletPath,
  shardPath,
  type ChunkDoc,
  type ChunkEvent,
  type DocChunk,
  readChunkDoc,
  type OutletDocs,
  type SearchMeta,
  type TermShard,
} from './files';
import { dateRanges, decodeDocIds, documentFilter, type SearchFilter } from './filters';
import { matchHits, shardKeyFor, termPostings, type Hit } from './query';
import { queryTerms } from './terms';

/**
 * Reads one file of the search index by its path under the index folder (lib/search/files.ts): `fetch` in the
 * browser, a map of files in the bench. Undefined when the file is not there.
 */
export type IndexReader = <T>(path: string) => Promise<T | undefined>;

export interface IndexSearch {
  meta: SearchMeta;
  terms: string[];
  /** Every matching row, best first. */
  matches: Hit[];
  /** The rows each outlet the filter names has a sentence in (outlets the index does not know are left out). */
  outletDocs: { id: string; docs: number[] }[];
  /** The first `limit` matches with their row and event, from the chunks that hold them. */
  shown: { hit: Hit; doc: ChunkDoc; event: ChunkEvent }[];
}

/**
 * One search over the static index, reading only what it needs: meta.json, the shard of each query term, one file
 * per outlet the filter names, and the chunks of the rows shown. The search page and scripts/search-bench.ts both
 * run it, so the bench measures what the page reads. Undefined for a query with no searchable word.
 */
export async function searchIndex(
  read: IndexReader,
  query: string,
  filter: SearchFilter,
  limit: number,
): Promise<IndexSearch | undefined> {
  const terms = queryTerms(query);
  if (terms.length === 0) return undefined;
  const meta = await read<SearchMeta>('meta.json');
  if (!meta) throw new Error('the search index has no meta.json');
  const known = filter.outlets.filter((id) => meta.outlets.some((o) => o.id === id));
  const outletDocs = await Promise.all(
    known.map(async (id) => ({ id, docs: decodeDocIds((await read<OutletDocs>(outletPath(id))) ?? []) })),
  );
  const keep = documentFilter(
    filter.from === null && filter.to === null
      ? null
      : dateRanges(meta.days, meta.docs, filter.from, filter.to),
    filter.outlets.length === 0 ? null : outletDocs.map((o) => o.docs),
  );
  const keys = [
    ...new Set(terms.map((t) => shardKeyFor(t, meta.shards)).filter((k): k is string => k !== undefined)),
  ];
  const shards = new Map(
    await Promise.all(keys.map(async (k) => [k, await read<TermShard>(shardPath(k))] as const)),
  );
  const matches = matchHits(
    terms,
    (t) => termPostings(shards.get(shardKeyFor(t, meta.shards) ?? ''), t),
    keep,
  );
  const hits = matches.slice(0, limit);
  const chunkIds = [...new Set(hits.map((h) => Math.floor(h.doc / meta.chunkSize)))];
  const chunks = new Map(
    await Promise.all(chunkIds.map(async (c) => [c, await read<DocChunk>(chunkPath(c))] as const)),
  );
  const shown: IndexSearch['shown'] = [];
  for (const hit of hits) {
    const chunk = chunks.get(Math.floor(hit.doc / meta.chunkSize));
    const written = chunk?.docs[hit.doc % meta.chunkSize];
    const event = written ? chunk?.events[written.event] : undefined;
    if (written && event) shown.push({ hit, doc: readChunkDoc(written), event });
  }
  return { meta, terms, matches, outletDocs, shown };
}
