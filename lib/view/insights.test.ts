import { describe, expect, it } from 'vitest';
import type { Insight } from '../insights';
import { buildComparison } from './comparison';
import { insightsView, labelParts, MAX_ROW_LINKS } from './insights';
import { article, event } from './test-fixtures';

const p = (text: string) => [{ kind: 'paragraph' as const, text }];
const a = article('a', 'afp', p('Talks went on. He spoke in Kyiv. Only here.'));
const r = article('r', 'reuters', p('Talks went on. He spoke in Kiev.'));
const t = article('t', 'press-tv', p('Talks went on.'));
const shared = { articles: ['a', 'r'], outlets: ['afp', 'reuters'], rows: [1] };
const name: Insight = {
  ...shared,
  kind: 'name',
  scope: 'event',
  words: ['Kyiv', 'Kiev'],
  label: '“Kyiv” (AFP) / “Kiev” (Reuters)',
  variants: [
    { spelling: 'Kyiv', articles: ['a'], outlets: ['afp'] },
    { spelling: 'Kiev', articles: ['r'], outlets: ['reuters'] },
  ],
};
const swap = { row: 1, from: 'a', to: 'b', fromArticles: ['a'], toArticles: ['r'] };
const pairTotal: Insight = {
  ...shared,
  kind: 'wording',
  scope: 'pair',
  words: ['a', 'b'],
  label: 'AFP and Reuters swap 1 wording: “a” / “b”',
  swaps: [swap],
};
const rowSwap: Insight = { ...pairTotal, scope: 'row', label: '“a” (AFP) / “b” (Reuters)' };
const ev = event('e', ['a', 'r', 't'], [{ a: [0], r: [0], t: [0] }, { a: [1], r: [1] }, { a: [2] }], {
  insights: [name, pairTotal, rowSwap],
});
const columns = buildComparison(ev, [a, r, t]).columns;

describe('labelParts', () => {
  it('marks the “quoted” printed words and keeps the quotes', () => {
    expect(labelParts('“Kyiv” (AFP) / “Kiev” (Reuters)')).toEqual([
      { text: '“Kyiv”', word: true },
      { text: ' (AFP) / ', word: false },
      { text: '“Kiev”', word: true },
      { text: ' (Reuters)', word: false },
    ]);
  });
  it('edge cases: no quotes, an empty pair of quotes, an unclosed quote', () => {
    expect(labelParts('AFP and Reuters share 3 passages')).toEqual([
      { text: 'AFP and Reuters share 3 passages', word: false },
    ]);
    expect(labelParts('a “” b')).toEqual([
      { text: 'a ', word: false },
      { text: '“”', word: false },
      { text: ' b', word: false },
    ]);
    expect(labelParts('said “<b>hi')).toEqual([{ text: 'said “<b>hi', word: false }]);
  });
});

describe('insightsView', () => {
  it('groups by kind in reading order, totals apart, 1-based row links on this page', () => {
    const view = insightsView(ev, [a, r, t], columns, ['afp', 'reuters', 'press-tv']);
    expect(view.groups.map((g) => [g.kind, g.title, g.totals.length, g.items.length, g.foldItems])).toEqual([
      ['name', 'Names', 0, 1, false],
      ['wording', 'Word choice', 1, 1, true],
    ]);
    expect(view.groups[0]!.items[0]!.links).toEqual([{ n: 2 }]);
    expect(view.groups[0]!.rows).toEqual([{ n: 2 }]);
  });

  it('links to the pair page when the page does not show the outlets by default', () => {
    const view = insightsView(ev, [a, r, t], columns, ['afp', 'press-tv']);
    expect(view.groups[0]!.items[0]!.links).toEqual([{ n: 2, page: '/events/e/afp-vs-reuters/' }]);
  });

  it('caps the links of one finding', () => {
    const many = { ...name, rows: Array.from({ length: MAX_ROW_LINKS + 3 }, (_, i) => i) };
    const view = insightsView({ ...ev, insights: [many] }, [a, r, t], columns, ['afp', 'reuters']);
    const item = view.groups[0]!.items[0]!;
    expect([item.links.length, item.more]).toEqual([MAX_ROW_LINKS, 3]);
    expect(view.groups[0]!.rows).toHaveLength(MAX_ROW_LINKS + 3);
  });

  it('counts each outlet’s sentences shared with all, some or none of the others', () => {
    const view = insightsView(ev, [a, r, t], columns, ['afp', 'reuters', 'press-tv']);
    expect(view.outlets.map((o) => [o.key, o.sentences, o.all, o.some, o.own])).toEqual([
      ['afp', 3, 1, 1, 1],
      ['reuters', 2, 1, 1, 0],
      ['press-tv', 1, 1, 0, 0],
    ]);
  });

  it('computes the insights when the index has none (an older index file)', () => {
    const bare = { ...ev };
    delete bare.insights;
    const view = insightsView(bare, [a, r, t], columns, ['afp', 'reuters', 'press-tv']);
    expect(view.groups.map((g) => g.kind)).toContain('name');
  });
});
