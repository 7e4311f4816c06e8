import { describe, expect, it } from 'vitest';
import { sortKeys, sortKeysByCopy, stableStringify } from './json';

describe('stableStringify', () => {
  it('gives the same bytes whatever the key order', () => {
    expect(stableStringify({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      stableStringify({ a: { c: null, d: [2, 1] }, b: 1 }),
    );
    expect(stableStringify({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
  it('keeps array order and drops undefined fields', () => {
    expect(stableStringify([{ x: undefined, y: 1 }, 3])).toBe('[{"y":1},3]');
  });
});

describe('sortKeys', () => {
  it('gives the JSON the copy in sorted order gives, sharing what is in order already', () => {
    const inOrder = { a: 1, b: [{ c: 2, d: 'x' }], e: null };
    expect(sortKeys(inOrder)).toBe(inOrder);
    const cases: unknown[] = [
      inOrder,
      { b: 1, a: { d: [2, 1], c: null } },
      { a: 1, b: { d: 1, c: 2 } },
      { a: undefined, b: 1 },
      { a: 1, b: undefined },
      [1, { y: 1, x: [{ q: 1, p: 2 }] }, 'z', null],
      { 10: 'ten', 9: 'nine', a: 1, B: 2 },
      { 1: 'one', 2: 'two', a: { 3: 3 } },
      { date: new Date(0), list: [new Map([[1, 2]])] },
      Object.assign(Object.create(null) as object, { b: 1, a: 2 }),
      [],
      {},
      'text',
      3,
    ];
    for (const value of cases)
      expect(JSON.stringify(sortKeys(value))).toBe(JSON.stringify(sortKeysByCopy(value)));
  });

  it('agrees with the copy on random nested values', () => {
    let seed = 5;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const names = ['a', 'b', 'c', 'id', 'rows', '0', '1', '12', 'Z'];
    const make = (depth: number): unknown => {
      const r = next();
      if (depth > 3 || r < 0.3) return r < 0.1 ? undefined : r < 0.2 ? Math.round(r * 100) : 'v';
      if (r < 0.6) return Array.from({ length: Math.floor(next() * 4) }, () => make(depth + 1));
      const o: Record<string, unknown> = {};
      // Keys in order half the time, so both ways through sortKeys are taken.
      const keys = names.filter(() => next() < 0.4);
      if (next() < 0.5) keys.reverse();
      for (const k of keys) o[k] = make(depth + 1);
      return o;
    };
    for (let k = 0; k < 2000; k++) {
      const value = make(0);
      expect(JSON.stringify(sortKeys(value))).toBe(JSON.stringify(sortKeysByCopy(value)));
    }
  });
});
