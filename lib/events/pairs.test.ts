import { describe, expect, it } from 'vitest';
import { SimilarPairs } from './pairs';

describe('SimilarPairs', () => {
  it('grows past its capacity and keeps every pair in the order pushed', () => {
    const pairs = new SimilarPairs(2);
    for (let k = 0; k < 40; k++) pairs.push(k, k + 1, k / 10);
    expect(pairs.size).toBe(40);
    expect([pairs.i[39], pairs.j[39], pairs.sim[39]]).toEqual([39, 40, 3.9]);
    expect(pairs.trim().i.length).toBe(40);
  });

  it('finds a pair either way round, and lists pairs smaller member first, sorted', () => {
    const pairs = SimilarPairs.of([
      [3, 1, 0.5],
      [0, 2, 0.25],
      [1, 0, -0.1],
    ]);
    expect(pairs.get(1, 3)).toBe(0.5);
    expect(pairs.get(3, 1)).toBe(0.5);
    expect(pairs.get(2, 3)).toBeUndefined();
    expect(pairs.sorted()).toEqual([
      [0, 1, -0.1],
      [0, 2, 0.25],
      [1, 3, 0.5],
    ]);
  });

  it('holds nothing when empty', () => {
    expect(new SimilarPairs(0).trim().sorted()).toEqual([]);
    expect(SimilarPairs.of([]).size).toBe(0);
  });
});
