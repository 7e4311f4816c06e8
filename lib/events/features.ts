import type { SparseVector } from '../text/vectors';
import { idf } from '../text/vectors';

/**
 * Clustering's TF-IDF vectors in packed form: terms numbered once per corpus, each vector a pair of typed arrays.
 * Exactly the vectors, order and arithmetic of lib/text/vectors.ts (`tfidfVector`, `cosine`) and of the Map-based
 * `articleFeatures` they replace inside clustering, so every similarity is the same number to the last bit; only the
 * bookkeeping is cheaper (string-keyed Maps made a third of clustering's time garbage collection at 10k articles).
 */

/** Terms numbered in the order first seen. Ties between equal weights are broken by the term's text, never its number. */
export class TermTable {
  readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
}

/** A sparse vector: term ids and weights in the order its Map form would iterate them. */
export interface PackedVector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * `tfidfVector` on packed counts: (1 + log tf) · idf · weight, then scaled to unit length, in the counts' order.
 * `idfOf` and `weightOf` are per term id.
 */
export function packedTfidf(
  ids: Int32Array,
  counts: Float64Array,
  idfOf: Float64Array,
  weightOf: (id: number) => number,
): PackedVector {
  const weights = new Float64Array(ids.length);
  let norm = 0;
  for (let k = 0; k < ids.length; k++) {
    const w = (1 + Math.log(counts[k]!)) * idfOf[ids[k]!]! * weightOf(ids[k]!);
    weights[k] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! / norm;
  return { ids, weights };
}

/** Idf of every term id: `idf(df, n)` of lib/text/vectors.ts. */
export function idfTable(df: readonly number[], terms: number, n: number): Float64Array {
  const out = new Float64Array(terms);
  for (let id = 0; id < terms; id++) out[id] = idf(df[id] ?? 0, n);
  return out;
}

/**
 * Positions of a vector's entries, strongest first, ties by term text (code-unit order): the first `limit` of them.
 * Two entries never compare equal (no two terms have the same text), so the first `limit` are the same whichever way
 * they are found: a vector's few strongest (the inverted index takes 100 of some 250) are picked out by quickselect
 * and only they are sorted, which at 10k articles took most of the ranking's time off every build.
 */
export function rankEntries(v: PackedVector, table: TermTable, limit = v.ids.length): number[] {
  const text = table.terms;
  const compare = (a: number, b: number) => {
    const d = v.weights[b]! - v.weights[a]!;
    if (d !== 0) return d;
    const x = text[v.ids[a]!]!;
    const y = text[v.ids[b]!]!;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const order: number[] = [];
  for (let k = 0; k < v.ids.length; k++) order.push(k);
  if (limit < order.length) {
    selectLeast(order, limit, compare);
    order.length = limit;
  }
  return order.sort(compare);
}

/**
 * Rearrange `xs` so that its first `k` are its `k` least by `compare` (in no order): quickselect, the middle element
 * as pivot. `compare` must be a strict total order on `xs` (no two equal).
 */
function selectLeast(xs: number[], k: number, compare: (a: number, b: number) => number): void {
  const swap = (i: number, j: number) => {
    const t = xs[i]!;
    xs[i] = xs[j]!;
    xs[j] = t;
  };
  let lo = 0;
  let hi = xs.length;
  while (hi - lo > 1) {
    swap((lo + hi) >> 1, hi - 1);
    const pivot = xs[hi - 1]!;
    let at = lo;
    for (let i = lo; i < hi - 1; i++) if (compare(xs[i]!, pivot) < 0) swap(i, at++);
    swap(at, hi - 1);
    // xs[lo, at) are less than the pivot, now at `at`, and xs(at, hi) greater.
    if (at === k || at === k - 1) return;
    if (at < k) lo = at + 1;
    else hi = at;
  }
}

/** The `k` strongest entries, scaled back to unit length (as `strongest` in cluster.ts); the vector itself if ≤ k. */
export function packedStrongest(v: PackedVector, k: number, table: TermTable): PackedVector {
  if (v.ids.length <= k) return v;
  const kept = rankEntries(v, table, k);
  let norm = 0;
  for (const p of kept) norm += v.weights[p]! ** 2;
  norm = Math.sqrt(norm);
  const ids = new Int32Array(kept.length);
  const weights = new Float64Array(kept.length);
  kept.forEach((p, i) => {
    ids[i] = v.ids[p]!;
    weights[i] = v.weights[p]! / norm;
  });
  return { ids, weights };
}

/** The Map form of a packed vector (same order). */
export function unpack(v: PackedVector, table: TermTable): SparseVector {
  const m: SparseVector = new Map();
  for (let k = 0; k < v.ids.length; k++) m.set(table.terms[v.ids[k]!]!, v.weights[k]!);
  return m;
}

/** The packed form of a Map vector, numbering new terms in `table`. */
export function pack(v: SparseVector, table: TermTable): PackedVector {
  const ids = new Int32Array(v.size);
  const weights = new Float64Array(v.size);
  let k = 0;
  for (const [t, w] of v) {
    ids[k] = table.id(t);
    weights[k++] = w;
  }
  return { ids, weights };
}

/**
 * `cosine` of lib/text/vectors.ts on packed vectors: the dot product summed over the smaller vector's entries in its
 * order (the first when both are the same size), so the sum is the same number. `scratch` is a dense weight table the
 * size of the term table, all NaN (absent) between calls.
 */
export function packedCosine(a: PackedVector, b: PackedVector, scratch: Float64Array): number {
  const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
  for (let k = 0; k < large.ids.length; k++) scratch[large.ids[k]!] = large.weights[k]!;
  let s = 0;
  for (let k = 0; k < small.ids.length; k++) {
    const x = scratch[small.ids[k]!]!;
    if (!Number.isNaN(x)) s += small.weights[k]! * x;
  }
  for (let k = 0; k < large.ids.length; k++) scratch[large.ids[k]!] = NaN;
  return s;
}
