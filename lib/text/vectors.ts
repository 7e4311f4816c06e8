/**
 * Sparse TF-IDF vectors and cosine similarity, shared by event clustering and sentence alignment.
 * Vectors are L2-normalised at construction so cosine is a plain dot product.
 */
export type SparseVector = Map<string, number>;

/** Document frequencies of terms over a collection of term-count maps. */
export function documentFrequencies(docs: readonly Map<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/** Smoothed idf: log((1 + N) / (1 + df)) + 1, so a term seen everywhere still counts a little. */
export function idf(df: number, n: number): number {
  return Math.log((1 + n) / (1 + df)) + 1;
}

/** A unit-length TF-IDF vector with sublinear tf (1 + log tf): repeated words should not dominate. */
export function tfidfVector(
  counts: Map<string, number>,
  dfs: Map<string, number>,
  n: number,
  weight: (term: string) => number = () => 1,
): SparseVector {
  const v: SparseVector = new Map();
  let norm = 0;
  for (const [t, c] of counts) {
    const w = (1 + Math.log(c)) * idf(dfs.get(t) ?? 0, n) * weight(t);
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

/** Dot product of two unit vectors, iterating the smaller. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) {
    const x = large.get(t);
    if (x !== undefined) s += w * x;
  }
  return s;
}
