import type { Postings, TermShard } from './files';

/** The shard that holds a term: its longest prefix among the listed shard keys (sorted or not). */
export function shardKeyFor(term: string, shards: readonly string[]): string | undefined {
  const listed = new Set(shards);
  const points = [...term];
  for (let length = points.length; length >= 1; length--) {
    const key = points.slice(0, length).join('');
    if (listed.has(key)) return key;
  }
  return undefined;
}

/** A term's postings from its shard, or undefined: own properties only, so `constructor` is just a word. */
export function termPostings(shard: TermShard | undefined, term: string): Postings | undefined {
  return shard && Object.hasOwn(shard, term) ? shard[term] : undefined;
}

/** Flat gap-coded postings → document id → weight. */
export function decodePostings(postings: Postings): Map<number, number> {
  const out = new Map<number, number>();
  let doc = 0;
  for (let i = 0; i + 1 < postings.length; i += 2) {
    doc += postings[i]!;
    out.set(doc, postings[i + 1]!);
  }
  return out;
}

export interface Hit {
  doc: number;
  score: number;
}

/**
 * Documents holding every term (AND: a reader adding a word narrows the results) and passing `keep` (the reader's
 * filter, lib/search/filters), scored by the sum of their BM25 weights, best first, ties by document id (index order:
 * older events first). `total` counts every match; `hits` holds the first `limit`. A term without postings means
 * nothing matches.
 */
export function rankHits(
  terms: readonly string[],
  postingsOf: (term: string) => Postings | undefined,
  limit: number,
  keep: (doc: number) => boolean = () => true,
): { total: number; hits: Hit[] } {
  const hits = matchHits(terms, postingsOf, keep);
  return { total: hits.length, hits: hits.slice(0, limit) };
}

/** Every match, ranked as rankHits ranks them (for facet counts, which need all of them). */
export function matchHits(
  terms: readonly string[],
  postingsOf: (term: string) => Postings | undefined,
  keep: (doc: number) => boolean = () => true,
): Hit[] {
  if (terms.length === 0) return [];
  const lists: Map<number, number>[] = [];
  for (const t of terms) {
    const p = postingsOf(t);
    if (!p || p.length === 0) return [];
    lists.push(decodePostings(p));
  }
  lists.sort((a, b) => a.size - b.size);
  const [first, ...rest] = lists;
  const hits: Hit[] = [];
  for (const [doc, weight] of first!) {
    if (!keep(doc)) continue;
    let score = weight;
    let all = true;
    for (const list of rest) {
      const w = list.get(doc);
      if (w === undefined) {
        all = false;
        break;
      }
      score += w;
    }
    if (all) hits.push({ doc, score });
  }
  hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return hits;
}
