import { describe, expect, it } from 'vitest';
import { buildInsightContext, cellQuotes, openQuoteBefore } from './context';
import { fixtureArticle, fixtureEvent } from './fixtures';

describe('openQuoteBefore / cellQuotes', () => {
  const a = fixtureArticle('a', 'fox', 'Fox News', []);
  a.sentences = [
    { text: '"I love this country.', block: 0 },
    { text: 'It is going to hell.', block: 0 },
    { text: 'We will fix it," he said.', block: 0 },
    { text: 'The crowd cheered.', block: 1 },
  ];

  it('knows a middle sentence of a long quote is quoted, though it carries no mark', () => {
    expect([0, 1, 2, 3].map((i) => openQuoteBefore(a, i))).toEqual([null, '"', '"', null]);
    expect(cellQuotes(a, 1, a.sentences[1]!.text)).toEqual([
      { text: 'It is going to hell.', start: 0, end: 20 },
    ]);
    expect(cellQuotes(a, 2, a.sentences[2]!.text).map((q) => q.text)).toEqual(['We will fix it,']);
    expect(cellQuotes(a, 3, a.sentences[3]!.text)).toEqual([]);
  });
});

describe('buildInsightContext', () => {
  it('diffs each pair of a row once, in article order, whatever the key order of the cells', () => {
    const x = fixtureArticle('x', 'afp', 'AFP', ['Talks resumed on Friday in Minsk.']);
    const y = fixtureArticle('y', 'ap', 'AP', ['Talks resumed on Friday in Brest.']);
    const view = buildInsightContext(fixtureEvent([x, y], [{ y: [0], x: [0] }]), [y, x]);
    expect(view.pairs.map((p) => [p.a, p.b, p.equalWords, p.wordsA, p.wordsB, p.sharedQuoted])).toEqual([
      [0, 1, 5, 6, 6, 0],
    ]);
  });
});
