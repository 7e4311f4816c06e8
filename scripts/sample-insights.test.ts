import { describe, expect, it } from 'vitest';
import { prng as seededRandom } from './gen-corpus';
import { sample } from './sample-insights';

describe('sample', () => {
  it('draws the same items for the same seed, and others for another seed', () => {
    const list = Array.from({ length: 50 }, (_, i) => i);
    const first = sample(list, 5, seededRandom(14));
    expect(sample(list, 5, seededRandom(14))).toEqual(first);
    expect(sample(list, 5, seededRandom(15))).not.toEqual(first);
    expect(new Set(first).size).toBe(5);
  });

  it('takes all where fewer, without repeats', () => {
    expect(sample([3, 1, 2], 30, seededRandom(1)).sort()).toEqual([1, 2, 3]);
    expect(sample([], 30, seededRandom(1))).toEqual([]);
  });
});
