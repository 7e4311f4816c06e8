import { describe, expect, it } from 'vitest';
import { stableStringify } from './json';

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
