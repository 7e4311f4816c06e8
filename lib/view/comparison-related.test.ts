import { describe, expect, it } from 'vitest';
import type { Article, Event } from '../types';
import { buildComparison, pairComparison, type Comparison } from './comparison';
import { comparisonRowsHtml } from './comparison-html';
import { layoutComparison, type ComparisonView, type LaidGroup } from './comparison-layout';
import { relatedByRow, relatedSentences, relatedTag, relatedTagText } from './comparison-related';
import { cellMarks } from './marks';

const article = (id: string, outlet: string, sentences: string[]): Article => ({
  id,
  file: `${id}.txt`,
  outlet: { id: outlet, name: outlet === 'press-tv' ? 'Press TV' : outlet.toUpperCase() },
  date: '2022-03-11',
  dateSource: 'field',
  title: id,
  titleSource: 'field',
  blocks: [{ kind: 'paragraph', text: sentences.join(' ') }],
  removed: [],
  sentences: sentences.map((text) => ({ text, block: 0 })),
  warnings: [],
});

const afp = article('a-afp', 'afp', [
  'Putin said there was progress.',
  'A care home was hit in Oskil.',
  'There were no reports of casualties.',
  "Kyiv's mayor said the capital is a fortress.",
]);
const reuters = article('b-reuters', 'reuters', [
  'Putin said there was some progress.',
  'A psychiatric hospital near Izyum was attacked; no one was hurt.',
]);
const ptv = article('c-ptv', 'press-tv', ['Putin cited progress.', 'A hospital near Izyum was hit.']);
const event: Event = {
  id: 'e',
  date: '2022-03-11',
  title: 'Putin cites progress',
  articleIds: ['a-afp', 'b-reuters', 'c-ptv'],
  rows: [
    { cells: { 'a-afp': [0], 'b-reuters': [0], 'c-ptv': [0] }, score: 0.8 },
    { cells: { 'a-afp': [1] }, score: 1 },
    { cells: { 'a-afp': [2] }, score: 1 },
    { cells: { 'b-reuters': [1], 'c-ptv': [1] }, score: 0.5 },
    { cells: { 'a-afp': [3] }, score: 1 },
  ],
  related: [
    { a: 'a-afp', ai: [1, 2], b: 'b-reuters', bi: [1], score: 0.2, shared: ['eastern', 'near'] },
    { a: 'a-afp', ai: [1], b: 'c-ptv', bi: [1], score: 0.3, shared: ['hit', 'eastern'] },
  ],
};
const articles = [afp, reuters, ptv];

const view = (over: Partial<ComparisonView> = {}): ComparisonView => ({
  base: 'afp',
  visible: ['afp', 'reuters', 'press-tv'],
  differencesOnly: false,
  fold: false,
  opened: [],
  selected: null,
  ...over,
});

/** Each drawn row as `n kind [tag]`, folds as `fold N`. */
function tags(groups: readonly LaidGroup[]): string[] {
  return groups.map((g) =>
    g.folded ? `fold ${g.count}` : `${g.row.n} ${g.row.kind}${g.row.tag ? ` [${g.row.tag.text}]` : ''}`,
  );
}

describe('relatedByRow', () => {
  it('gives each cell the rows of its related passages, both ways, one per row, in column order', () => {
    const byRow = relatedByRow(
      event,
      new Map([
        ['a-afp', 'afp'],
        ['b-reuters', 'reuters'],
        ['c-ptv', 'press-tv'],
      ]),
      new Map([
        ['afp', 'AFP'],
        ['reuters', 'REUTERS'],
        ['press-tv', 'Press TV'],
      ]),
      ['afp', 'reuters', 'press-tv'],
    );
    expect(byRow.get(2)).toEqual({
      afp: [
        { key: 'reuters', name: 'REUTERS', n: 4, shared: ['eastern', 'near'] },
        { key: 'press-tv', name: 'Press TV', n: 4, shared: ['hit', 'eastern'] },
      ],
    });
    expect(byRow.get(3)).toEqual({
      afp: [{ key: 'reuters', name: 'REUTERS', n: 4, shared: ['eastern', 'near'] }],
    });
    expect(byRow.get(4)?.reuters).toEqual([
      { key: 'afp', name: 'AFP', n: 2, shared: ['eastern', 'near'] },
      { key: 'afp', name: 'AFP', n: 3, shared: ['eastern', 'near'] },
    ]);
    expect(byRow.get(5)).toBeUndefined();
  });

  it('gives nothing for an index without the related tier', () => {
    expect(relatedByRow({ rows: event.rows }, new Map(), new Map(), []).size).toBe(0);
  });
});

describe('the comparison with the related tier', () => {
  const model: Comparison = buildComparison(event, articles);

  it('says "tells this differently" where another outlet does, and "only in" only where none does', () => {
    expect(tags(layoutComparison(model, view(), cellMarks).groups)).toEqual([
      '1 differs',
      '4 partial [AFP tells this passage in other words: marked against REUTERS]',
      '2 related [REUTERS and Press TV tell this differently]',
      '3 related [REUTERS tells this differently]',
      '5 unique [Only in AFP]',
    ]);
  });

  it('never folds a passage told differently elsewhere as one only one outlet carried', () => {
    expect(tags(layoutComparison(model, view({ fold: true }), cellMarks).groups)).toEqual([
      '1 differs',
      '4 partial [AFP tells this passage in other words: marked against REUTERS]',
      '2 related [REUTERS and Press TV tell this differently]',
      '3 related [REUTERS tells this differently]',
      'fold 1',
    ]);
  });

  it('says where an outlet with no cell in a row tells it in other words, and "not carried" only where it does not', () => {
    const laid = layoutComparison(model, view(), cellMarks);
    const row = (n: number) => laid.groups.find((g) => !g.folded && g.row.n === n);
    const cell = (n: number, key: string) => {
      const g = row(n);
      return g && !g.folded ? g.row.cells.find((c) => c.key === key) : undefined;
    };
    // Row 4 (the hospital near Izyum): AFP tells it in rows 2 and 3.
    expect(cell(4, 'afp')).toMatchObject({
      empty: true,
      toldAt: [
        { href: '#r2', label: '¶2' },
        { href: '#r3', label: '¶3' },
      ],
    });
    // Row 5 (the mayor's quote): nobody else tells it.
    expect(cell(5, 'reuters')).toEqual({ key: 'reuters', name: 'REUTERS', col: 3, empty: true });
    const html = comparisonRowsHtml(laid.groups);
    expect(html).toContain(
      '<div class="cell cell-empty cell-told" style="--col:2"><span aria-hidden="true">≈ </span>' +
        '<span class="sr-only">AFP: </span>told in other words: <a href="#r2" title="AFP, passage 2">',
    );
    expect(html).toContain('<span class="sr-only">REUTERS: not carried</span>');
  });

  it('links each related passage: in the page, or to the pair view when that outlet is hidden', () => {
    const html = (m: Comparison, v: ComparisonView) =>
      comparisonRowsHtml(layoutComparison(m, v, cellMarks).groups);
    const all = html(model, view());
    expect(all).toContain(
      '<div class="row-tag row-related oc" style="--c-l:' +
        model.columns[0]!.colour.light +
        ';--c-d:' +
        model.columns[0]!.colour.dark +
        '"><span aria-hidden="true">≈ </span>REUTERS tells this differently: <a href="#r4" title="REUTERS, passage 4">' +
        '<span aria-hidden="true">¶4</span><span class="sr-only">REUTERS, passage 4</span></a> ' +
        '<span class="related-shared">· shared: <q>eastern</q>, <q>near</q></span></div>',
    );
    const hidden = html(model, view({ visible: ['afp', 'press-tv'] }));
    expect(hidden).toContain('<a href="?pair=afp-vs-reuters#r4" title="REUTERS, passage 4">');
    expect(hidden).toContain('<a href="#r4" title="Press TV, passage 4">');
    // A pair view speaks of its two outlets only: Reuters' telling is not named on AFP vs Press TV.
    const pair = pairComparison(model, 'afp', 'press-tv');
    const onPair = html(pair, view({ visible: ['afp', 'press-tv'] }));
    expect(onPair).not.toContain('REUTERS');
    expect(onPair).toContain('<a href="#r4" title="Press TV, passage 4">');
    expect(onPair).toContain('Press TV tells this differently');
    // The Kyiv mayor's passage has nothing related anywhere: it stays only in AFP.
    expect(all).toMatch(
      /<li id="r5" class="cmp-row cmp-grid kind-unique"><a [^>]*>5<\/a><div class="row-tag oc"[^>]*>Only in AFP</,
    );
  });

  it('on a wide event, lists each related row once with the outlets telling it there, not every outlet', () => {
    const ref = (key: string, name: string, n: number) => ({ key, name, n, shared: ['Beijing'] });
    const copies = ['a', 'b', 'c', 'd', 'e'].map((k) => ref(k, k.toUpperCase(), 15));
    const tag = relatedTag(
      'own',
      [...copies, ref('r', 'Reuters', 17), ref('a2', 'A', 15)],
      new Set(['a', 'r']),
    );
    expect(relatedTagText(tag)).toBe('6 outlets tell this differently');
    expect(tag.outlets).toEqual([
      { name: 'A, B, C and 2 more', links: [{ href: '#r15', label: '¶15', title: '5 outlets, passage 15' }] },
      { name: 'Reuters', links: [{ href: '#r17', label: '¶17', title: 'Reuters, passage 17' }] },
    ]);
    expect(tag.shared).toEqual(['Beijing']);
    // A few outlets are still named one by one; two articles of one outlet in one row are one link.
    const few = relatedTag(
      'own',
      [ref('a', 'A', 15), ref('a2', 'A', 15), ref('r', 'Reuters', 17)],
      new Set(['a', 'r']),
    );
    expect(relatedTagText(few)).toBe('A and Reuters tell this differently');
    expect(few.outlets.map((o) => [o.name, o.links.map((l) => l.label)])).toEqual([
      ['A', ['¶15']],
      ['Reuters', ['¶17']],
    ]);
  });

  it('keeps hostile evidence and names inert', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const m = buildComparison(
      { ...event, related: [{ a: 'a-afp', ai: [3], b: 'b-reuters', bi: [1], score: 1, shared: [evil] }] },
      articles,
    );
    const html = comparisonRowsHtml(layoutComparison(m, view(), cellMarks).groups);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('relatedSentences', () => {
  it("lists an article's sentences told differently elsewhere, with the outlet and the event row", () => {
    const found = relatedSentences('a-afp', [event], new Map(articles.map((a) => [a.id, a])));
    expect([...found.entries()]).toEqual([
      [1, [{ outlet: 'REUTERS', eventId: 'e', n: 4, shared: ['eastern', 'near'] }]],
      [2, [{ outlet: 'REUTERS', eventId: 'e', n: 4, shared: ['eastern', 'near'] }]],
    ]);
  });
});
