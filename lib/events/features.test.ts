import { describe, expect, it } from 'vitest';
import { rankEntries, TermTable, type PackedVector } from './features';

/** A vector of `n` entries whose weights take few values (many ties, broken by text), from a fixed seed. */
function vectorWithTies(n: number, seed: number): { v: PackedVector; table: TermTable } {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const table = new TermTable();
  const ids = Int32Array.from({ length: n }, () =>
    table.id(`t${Math.floor(next() * 1e6)}-${table.terms.length}`),
  );
  const weights = Float64Array.from({ length: n }, () => Math.floor(next() * 5) / 7);
  return { v: { ids, weights }, table };
}

describe('rankEntries', () => {
  it('ranks by weight, strongest first, ties by term text', () => {
    const table = new TermTable();
    const ids = Int32Array.from(['b', 'a', 'c', 'd'], (t) => table.id(t));
    expect(rankEntries({ ids, weights: Float64Array.from([0.5, 0.5, 0.9, 0.1]) }, table)).toEqual([
      2, 1, 0, 3,
    ]);
  });
  it('gives the first `limit` of the whole ranking, whatever the limit', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const n of [0, 1, 2, 7, 120, 301]) {
        const { v, table } = vectorWithTies(n, seed);
        const all = rankEntries(v, table);
        for (const limit of [0, 1, 2, 5, 100, 300, n, n + 1])
          expect(rankEntries(v, table, limit)).toEqual(all.slice(0, limit));
      }
    }
  });
});
