import { describe, expect, it } from 'vitest';
import { loadSeedArticles } from './seed-helper';
import { createSentenceScorer, gramKey } from './similarity';

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

describe('createSentenceScorer in another article order', () => {
  // The related tier reads the alignment's scorer, which numbers the articles in another order (lib/align/related.ts
  // `sharedScorer`): its scores must be the same to the last bit, not merely close.
  const seed = loadSeedArticles().map((s) => s.sentences);
  const order = [2, 0, 1];
  const one = createSentenceScorer(seed, options);
  const other = createSentenceScorer(
    order.map((k) => seed[k]!),
    options,
  );
  const at = (k: number) => order.indexOf(k);

  it('gives bit-identical span scores and coverage', () => {
    let compared = 0;
    for (let x = 0; x < seed.length; x++) {
      for (let y = 0; y < seed.length; y++) {
        if (x === y) continue;
        const n = seed[x]!.length;
        const m = seed[y]!.length;
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < m; j++) {
            expect(other.spanScore(at(x), [i], at(y), [j])).toBe(one.spanScore(x, [i], y, [j]));
            expect(other.coverage(at(x), i, at(y), [j])).toBe(one.coverage(x, i, y, [j]));
            if (j + 1 < m)
              expect(other.spanScore(at(x), [i], at(y), [j, j + 1])).toBe(
                one.spanScore(x, [i], y, [j, j + 1]),
              );
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});

describe('createSentenceScorer with copies', () => {
  // A sentence printed by several articles has one row of scores against another article, worked out once: it must be
  // the very row a scorer that never saw the copy first gives, for every article it is scored against.
  const seed = loadSeedArticles().map((s) => s.sentences);
  const copy = [seed[1]![2]!, seed[0]![0]!, 'A sentence of its own about nothing else.'];
  const articles = [...seed, copy];
  const last = articles.length - 1;

  it('gives each copy the row it would have had alone', () => {
    const first = createSentenceScorer(articles, options);
    const fresh = createSentenceScorer(articles, options);
    for (let y = 0; y < seed.length; y++) {
      const m = articles[y]!.length;
      // Rows of the copy against y: first after the articles that print the same sentences, then in a fresh scorer.
      for (let x = 0; x < seed.length; x++) if (x !== y) first.pairMatrix(x, y);
      const cached = first.pairMatrix(last, y);
      const alone = fresh.pairMatrix(last, y);
      expect(Array.from(cached)).toEqual(Array.from(alone));
      expect(cached.length).toBe(copy.length * m);
    }
  });
});

describe('gramKey', () => {
  it('gives two trigrams one key only when they are the same, as the 48-bit packing did, on random trigrams', () => {
    let seed = 5;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    // Units as trigrams hold them: a space, ASCII letters and digits, and letters of other scripts and surrogates,
    // from few values (many repeats) to many.
    const units = [0x20, 0x30, 0x39, 0x61, 0x7a, 0x7f, 0x80, 0xe9, 0x3b1, 0x4e00, 0xd83d, 0xde00, 0xffff];
    const unit = () => (random(3) ? units[random(units.length)]! : 0x20 + random(0xffdf));
    const byKey = new Map<number, number>();
    for (let k = 0; k < 20000; k++) {
      const [c0, c1, c2] = [unit(), unit(), unit()];
      const packed = (c0 * 65536 + c1) * 65536 + c2;
      const key = gramKey(c0, c1, c2);
      expect(byKey.get(key) ?? packed).toBe(packed);
      byKey.set(key, packed);
      // ASCII keys are small integers.
      if ((c0 | c1 | c2) < 0x80) expect(key).toBeLessThan(2 ** 21);
    }
    expect(byKey.size).toBeGreaterThan(1000);
  });
});
