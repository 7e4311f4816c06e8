import { describe, expect, it } from 'vitest';
import { UnionFind } from './union-find';

describe('UnionFind', () => {
  it('starts with every member alone', () => {
    const uf = new UnionFind(4);
    expect([0, 1, 2, 3].map((k) => uf.find(k))).toEqual([0, 1, 2, 3]);
  });

  it('joins transitively, and the lowest member is the root whatever the order of unions', () => {
    const uf = new UnionFind(6);
    uf.union(5, 3);
    uf.union(3, 4);
    uf.union(4, 1);
    expect([0, 1, 2, 3, 4, 5].map((k) => uf.find(k))).toEqual([0, 1, 2, 1, 1, 1]);
    expect(uf.union(2, 0)).toBe(0);
    expect(uf.union(5, 1)).toBe(1);
    expect(uf.find(2)).toBe(0);
  });
});
