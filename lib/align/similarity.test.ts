import { describe, expect, it } from 'vitest';
import { createSentenceScorer } from './similarity';

const options = { wordWeight: 0.45, tokenWeight: 0.1 };

describe('createSentenceScorer', () => {
  const a = ['Russian forces shelled Kiev overnight.', 'The mayor spoke on Friday.'];
  const b = [
    'The mayor spoke on Friday.',
    'Russian forces shelled Kyiv overnight.',
    'Cats purr.',
    'The mayor',
    'spoke on Friday.',
  ];
  const scorer = createSentenceScorer([a, b], options);
  const matrix = scorer.pairMatrix(0, 1);
  const at = (i: number, j: number) => matrix[i * b.length + j]!;

  it('gives 1 for the same sentence and 0 for sentences with nothing in common', () => {
    expect(at(1, 0)).toBeCloseTo(1, 10);
    expect(at(0, 2)).toBe(0);
  });

  it('scores spelling variants through character trigrams (Kiev/Kyiv)', () => {
    expect(at(0, 1)).toBeGreaterThan(0.6);
    expect(at(0, 1)).toBeLessThan(1);
  });

  it('agrees with spanScore for single sentences, and joins a split sentence', () => {
    expect(scorer.spanScore(0, [0], 1, [1])).toBeCloseTo(at(0, 1), 10);
    const joined = scorer.spanScore(0, [1], 1, [3, 4]);
    expect(joined).toBeGreaterThan(at(1, 3));
    expect(joined).toBeGreaterThan(at(1, 4));
    // Not quite 1: the trigram across the break ("r s") and the padding differ.
    expect(joined).toBeGreaterThan(0.95);
  });

  it('gives coverage: the share of a sentence said by a span of the other article', () => {
    expect(scorer.coverage(0, 1, 1, [0])).toBeCloseTo(1, 10);
    expect(scorer.coverage(0, 1, 1, [2])).toBe(0);
    // "The mayor" says part of "The mayor spoke on Friday."; the two halves joined say all of it.
    const half = scorer.coverage(0, 1, 1, [3]);
    expect(half).toBeGreaterThan(0);
    expect(half).toBeLessThan(1);
    expect(scorer.coverage(0, 1, 1, [3, 4])).toBeCloseTo(1, 10);
    // One-sided: all of "The mayor" is inside the full sentence.
    expect(scorer.coverage(1, 3, 0, [1])).toBeCloseTo(1, 10);
  });

  it('is symmetric', () => {
    const back = scorer.pairMatrix(1, 0);
    for (let i = 0; i < a.length; i++) {
      for (let j = 0; j < b.length; j++) expect(back[j * a.length + i]).toBeCloseTo(at(i, j), 12);
    }
  });
});
