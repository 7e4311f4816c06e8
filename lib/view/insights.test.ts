import { describe, expect, it } from 'vitest';
import type { Insight } from '../types';
import { buildComparison } from './comparison';
import { insightsView, labelText, MAX_ROW_LINKS, partText } from './insights';
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
  label: [
    { word: 'Kyiv' },
    { text: ' (' },
    { outlet: 'afp' },
    { text: ') / ' },
    { word: 'Kiev' },
    { text: ' (' },
    { outlet: 'reuters' },
    { text: ')' },
  ],
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
  label: [
    { outlet: 'afp' },
    { text: ' and ' },
    { outlet: 'reuters' },
    { text: ' swap 1 wording: ' },
    { word: 'a' },
    { text: ' / ' },
    { word: 'b' },
  ],
  swaps: [swap],
};
const rowSwap: Insight = {
  ...pairTotal,
  scope: 'row',
  label: [
    { word: 'a' },
    { text: ' (' },
    { outlet: 'afp', possessive: true },
    { text: ') / ' },
    { word: 'b' },
  ],
};
const ev = event('e', ['a', 'r', 't'], [{ a: [0], r: [0], t: [0] }, { a: [1], r: [1] }, { a: [2] }], {
  insights: [name, pairTotal, rowSwap],
});
const columns = buildComparison(ev, [a, r, t]).columns;

describe('labels', () => {
  it('carries the parts and the names they read with, so the line reads as lib/insights wrote it', () => {
    const view = insightsView(ev, [a, r, t], columns, ['afp', 'reuters', 'press-tv']);
    expect(view.outletNames).toEqual({ afp: 'AFP', reuters: 'REUTERS', 'press-tv': 'PRESS-TV' });
    const read = (id: string) => view.outletNames[id] ?? id;
    const [names, wording] = view.groups;
    expect(names!.items[0]!.label).toBe(name.label);
    expect(labelText(names!.items[0]!.label, read)).toBe('“Kyiv” (AFP) / “Kiev” (REUTERS)');
    expect(labelText(wording!.totals[0]!.label, read)).toBe('AFP and REUTERS swap 1 wording: “a” / “b”');
    expect(wording!.items[0]!.label.map((p) => partText(p, read))).toEqual([
      '“a”',
      ' (',
      'AFP’s',
      ') / ',
      '“b”',
    ]);
  });
  it('names outlets of the event only, the first article of an outlet naming it', () => {
    const again = article('a2', 'afp', p('Talks went on.'), {
      outlet: { id: 'afp', name: 'Agence France-Presse' },
    });
    const wide = event('w', ['a', 'a2', 'r'], [{ a: [0], a2: [0], r: [0] }]);
    const cols = buildComparison(wide, [a, again, r, t]).columns;
    expect(insightsView(wide, [a, again, r, t], cols, ['afp', 'reuters']).outletNames).toEqual({
      afp: 'AFP',
      reuters: 'REUTERS',
    });
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

  it('links to the pair view when the page does not show the outlets by default', () => {
    const view = insightsView(ev, [a, r, t], columns, ['afp', 'press-tv']);
    expect(view.groups[0]!.items[0]!.links).toEqual([{ n: 2, page: '/events/e/?pair=afp-vs-reuters' }]);
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

  it('shows what the index holds and never runs the pipeline: an event without insights has none', () => {
    const bare = { ...ev };
    delete bare.insights;
    expect(
      insightsView(ev, [a, r, t], columns, ['afp', 'reuters', 'press-tv']).groups.length,
    ).toBeGreaterThan(0);
    const view = insightsView(bare, [a, r, t], columns, ['afp', 'reuters', 'press-tv']);
    expect(view.groups).toEqual([]);
  });
});
