import { describe, expect, it } from 'vitest';
import type { Row } from '../types';
import {
  combineScores,
  evaluateAlignment,
  evaluateTiers,
  headHash,
  resolveGoldSentence,
  rowCeiling,
  sentenceHash,
  sumTierCounts,
  tierShares,
  type AlignmentGold,
} from './evaluate';

const A = ['Rates rose by half a point.', 'Inflation hit 9 percent.', 'Shares fell.'];
const B = [
  'Inflation reached 9 percent.',
  'The bank raised rates.',
  'It was a half-point rise.',
  'Markets slid.',
];

/** Gold over A and B: A0 ~ B1-2 (a split), A1 ~ B0, A2 ~ B3. */
const gold: AlignmentGold = {
  name: 'synthetic',
  corpus: 'data/corpus',
  articles: [{ key: 'a' }, { key: 'b' }],
  links: [
    {
      a: 'a',
      b: 'b',
      aSentences: [{ index: 0, text: A[0] }],
      bSentences: [
        { index: 1, hash: sentenceHash(B[1]!) },
        { index: 2, text: B[2] },
      ],
    },
    { a: 'a', b: 'b', aSentences: [{ index: 1, text: A[1] }], bSentences: [{ index: 0, text: B[0] }] },
    { a: 'a', b: 'b', aSentences: [{ index: 2, text: A[2] }], bSentences: [{ index: 3, text: B[3] }] },
  ],
};
const articles = new Map([
  ['a', { id: 'A', sentences: A }],
  ['b', { id: 'B', sentences: B }],
]);

describe('sentenceHash', () => {
  it('is 8 hex digits of the matching form, so quotes and case do not matter', () => {
    expect(sentenceHash('“Rates rose.”')).toMatch(/^[0-9a-f]{8}$/);
    expect(sentenceHash('“Rates rose.”')).toBe(sentenceHash('"rates rose."'));
    expect(sentenceHash('Rates rose.')).not.toBe(sentenceHash('Rates fell.'));
  });
});

describe('resolveGoldSentence', () => {
  it('finds a sentence by hash nearest the labelled index', () => {
    const sents = ['x.', 'Same.', 'y.', 'Same.'];
    expect(resolveGoldSentence({ index: 3, hash: sentenceHash('Same.') }, sents)).toBe(3);
    expect(resolveGoldSentence({ index: 0, hash: sentenceHash('Same.') }, sents)).toBe(1);
  });
  it('falls back to the first words, then to containment of the text, else -1', () => {
    const sents = ['Intro.', 'It is going to be completely useless. ...'];
    const labelled = 'It is going to be completely useless.';
    expect(
      resolveGoldSentence({ index: 1, hash: sentenceHash(labelled), head: headHash(labelled) }, sents),
    ).toBe(1);
    expect(resolveGoldSentence({ index: 0, text: 'completely useless' }, sents)).toBe(1);
    expect(resolveGoldSentence({ index: 0, hash: sentenceHash('Not there.') }, sents)).toBe(-1);
  });
});

describe('evaluateAlignment', () => {
  it('scores a perfect alignment 1/1/1, expanding the split into pairs', () => {
    const rows = [
      { cells: { A: [0], B: [1, 2] }, score: 0.5 },
      { cells: { A: [1], B: [0] }, score: 0.5 },
      { cells: { A: [2], B: [3] }, score: 0.5 },
    ];
    const s = evaluateAlignment(gold, articles, rows);
    expect([s.truePositives, s.falsePositives, s.falseNegatives]).toEqual([4, 0, 0]);
    expect([s.precision, s.recall, s.f1]).toEqual([1, 1, 1]);
  });

  it('counts a wrong pair as a false positive and a missing one as a miss, with examples', () => {
    const rows: Row[] = [
      { cells: { A: [0], B: [1] }, score: 0.5 },
      { cells: { A: [1], B: [0] }, score: 0.5 },
      { cells: { A: [2], B: [2] }, score: 0.5 },
      { cells: { B: [3] }, score: 1 },
    ];
    const s = evaluateAlignment(gold, articles, rows);
    expect([s.truePositives, s.falsePositives, s.falseNegatives]).toEqual([2, 1, 2]);
    expect(s.precision).toBeCloseTo(2 / 3, 10);
    expect(s.recall).toBeCloseTo(2 / 4, 10);
    expect(s.falsePositiveExamples).toEqual([{ a: 'a', b: 'b', i: 2, j: 2, textA: A[2], textB: B[2] }]);
    expect(s.missExamples.map((e) => `${e.i}~${e.j}`)).toEqual(['0~2', '2~3']);
  });

  it('reports gold sentences found at a new index', () => {
    const shifted = new Map([
      ['a', { id: 'A', sentences: A }],
      ['b', { id: 'B', sentences: ['Preamble.', ...B] }],
    ]);
    const rows = [
      { cells: { A: [0], B: [2, 3] }, score: 0.5 },
      { cells: { A: [1], B: [1] }, score: 0.5 },
      { cells: { A: [2], B: [4] }, score: 0.5 },
    ];
    const s = evaluateAlignment(gold, shifted, rows);
    expect(s.f1).toBe(1);
    expect(s.shifted).toEqual(['b:1→2', 'b:2→3', 'b:0→1', 'b:3→4']);
  });

  it('micro-averages several files', () => {
    const perfect = evaluateAlignment(gold, articles, [
      { cells: { A: [0], B: [1, 2] }, score: 0.5 },
      { cells: { A: [1], B: [0] }, score: 0.5 },
      { cells: { A: [2], B: [3] }, score: 0.5 },
    ]);
    const empty = evaluateAlignment(gold, articles, []);
    expect(combineScores([perfect, empty])).toEqual({
      precision: 1,
      recall: 0.5,
      f1: 2 / 3,
      truePositives: 4,
      falsePositives: 0,
      falseNegatives: 4,
    });
  });
});

describe('rowCeiling', () => {
  it('reaches every gold pair when the gold is one span per article per row', () => {
    expect(rowCeiling(gold, articles)).toEqual({ truePositives: 4, falsePositives: 0, falseNegatives: 0 });
  });
  it('cannot show a sentence beside two separate sentences of another article', () => {
    // a0 ~ b0 and a0 ~ b2: one row can hold b0 or b2 with a0, not both (b0-b2 would drag b1 in).
    const split: AlignmentGold = {
      name: 'summary and detail',
      corpus: 'data/corpus',
      articles: [{ key: 'a' }, { key: 'b' }],
      links: [
        { a: 'a', b: 'b', aSentences: [{ index: 0, text: A[0] }], bSentences: [{ index: 0, text: B[0] }] },
        { a: 'a', b: 'b', aSentences: [{ index: 0, text: A[0] }], bSentences: [{ index: 2, text: B[2] }] },
      ],
    };
    expect(rowCeiling(split, articles)).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 1 });
  });
});

describe('evaluateTiers', () => {
  // A0 ~ B1-2 is the same statement (a split); A1 ~ B0 is only related (the same fact told differently); A2 ~ B3 same.
  const kinds: AlignmentGold = {
    ...gold,
    links: gold.links.map((l, k) => ({ ...l, kind: k === 1 ? ('related' as const) : ('same' as const) })),
  };
  const rows: Row[] = [
    { cells: { A: [0], B: [1, 2] }, score: 0.5 },
    { cells: { A: [1] }, score: 1 },
    { cells: { B: [0] }, score: 1 },
    { cells: { A: [2] }, score: 1 },
    { cells: { B: [3] }, score: 1 },
  ];

  it('scores rows alone: precision of what they hold, recall of same-statement pairs, four false "only in"', () => {
    const s = evaluateTiers(kinds, articles, rows, []);
    expect(tierShares(s)).toEqual({
      rowPrecision: 1,
      rowRecallSame: 2 / 3,
      sameRecall: 2 / 3,
      allRecall: 2 / 4,
      relatedPrecision: 1,
      onlyInTruth: 0,
      onlyInTruthRowsOnly: 0,
    });
    expect([s.onlyInRowsOnly, s.onlyIn]).toEqual([4, 4]);
  });

  it('counts related links: a right one lifts recall and only-in truth, a wrong one costs precision', () => {
    const right = { a: 'A', ai: [1], b: 'B', bi: [0], score: 0.5, shared: ['inflation', '9'] };
    const wrong = { a: 'A', ai: [2], b: 'B', bi: [0], score: 0.2, shared: ['percent'] };
    const s = evaluateTiers(kinds, articles, rows, [right, wrong], 5);
    expect([s.related, s.relatedRight]).toEqual([2, 1]);
    expect([s.allPairs, s.allByBoth, s.samePairs, s.sameByBoth]).toEqual([4, 3, 3, 2]);
    // A2 has a related link (a wrong one), so it is no longer shown as "only in"; B3 still is, falsely.
    expect([s.onlyInRowsOnly, s.onlyIn, s.onlyInTrue]).toEqual([4, 1, 0]);
    expect(s.wrongRelated).toEqual([`a:2 ~ b:0 [percent]\n      "${A[2]}"\n      "${B[0]}"`]);
    expect(s.falseOnlyIn).toEqual([`b:3 "${B[3]}"`]);
    expect(s.misses).toEqual([`same    a:2 ~ b:3\n      "${A[2]}"\n      "${B[3]}"`]);
  });

  it('counts a passage with no gold link as truly only in one outlet, and sums events', () => {
    const extra = new Map([
      ['a', { id: 'A', sentences: [...A, 'An aside no one else carried.'] }],
      ['b', { id: 'B', sentences: B }],
    ]);
    const s = evaluateTiers(kinds, extra, [...rows, { cells: { A: [3] }, score: 1 }], []);
    expect([s.onlyIn, s.onlyInTrue]).toEqual([5, 1]);
    const twice = sumTierCounts([s, s]);
    expect([twice.onlyIn, twice.onlyInTrue, twice.allPairs]).toEqual([10, 2, 8]);
  });

  it('reads a link without a kind as a same-statement link (gold written before the kinds)', () => {
    const s = evaluateTiers(gold, articles, rows, []);
    expect(s.samePairs).toBe(4);
  });
});
