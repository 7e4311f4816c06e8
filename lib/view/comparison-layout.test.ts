import { describe, expect, it } from 'vitest';
import type { Column, Comparison } from './comparison';
import {
  carrierText,
  foldOwners,
  layoutComparison,
  type ComparisonLayout,
  type ComparisonView,
  type LaidCell,
} from './comparison-layout';
import { cellMarks } from './marks';

const cell = (text: string, at = 0) => ({ text, headings: [], at });
const column = (key: string): Column => ({
  key,
  articleId: `${key}-1`,
  outlet: { id: key, name: key.toUpperCase() },
  title: `Title ${key}`,
  date: '2022-03-11',
  sentenceCount: 3,
  colour: { light: '#000', dark: '#fff' },
});
const model: Comparison = {
  eventId: 'e',
  title: 't',
  date: '2022-03-11',
  columns: [column('afp'), column('reuters'), column('tass')],
  rows: [
    {
      n: 1,
      cells: {
        afp: cell('Putin said progress.', 0),
        reuters: cell('Putin says progress.', 0),
        tass: cell('x', 0),
      },
    },
    { n: 2, cells: { reuters: cell('Only two carried it.', 1), tass: cell('Only two told it.', 1) } },
    { n: 3, cells: { tass: cell('TASS alone, first.', 2) } },
    { n: 4, cells: { tass: cell('TASS alone, second.', 3) } },
    {
      n: 5,
      cells: { afp: cell('Same words.', 1), reuters: cell('Same words.', 2), tass: cell('SAME WORDS.', 4) },
    },
  ],
};
const view = (over: Partial<ComparisonView> = {}): ComparisonView => ({
  base: 'afp',
  visible: ['afp', 'reuters', 'tass'],
  differencesOnly: false,
  fold: false,
  opened: [],
  selected: null,
  ...over,
});

/** Each group as one line: `3 unique [tag] afp:— reuters:— tass:text`, or `fold 3 (TASS 2)`. */
function lines(layout: ComparisonLayout): string[] {
  const text = (c: LaidCell) =>
    c.empty
      ? `${c.key}:—`
      : `${c.key}:${c.marks
          .map((m) =>
            m.kind === 'same' ? m.text : m.kind === 'added' ? `<ins>${m.text}</ins>` : `<del>${m.text}</del>`,
          )
          .join('')}`;
  return layout.groups.map((g) =>
    g.folded
      ? `fold ${g.first}×${g.count} (${g.owners})`
      : [
          String(g.row.n),
          g.row.kind,
          ...(g.row.tag ? [`[${g.row.tag.text}]`] : []),
          ...g.row.cells.map(text),
        ].join(' '),
  );
}

describe('layoutComparison', () => {
  it('draws every row in the base’s reading order, marked against the base or, without it, the first shown carrier', () => {
    const layout = layoutComparison(model, view(), cellMarks);
    expect(layout).toMatchObject({ base: 'afp', baseName: 'AFP', single: false, rowCount: 5 });
    expect(lines(layout)).toEqual(
      [
        '1 differs afp:Putin said progress. reuters:Putin <del>said</del><ins>says</ins> progress. tass:<del>Putin said progress.</del><ins>x</ins>',
        '2 partial [AFP did not carry this passage: marked against REUTERS] afp:— reuters:Only two carried it. tass:Only two <del>carried</del><ins>told</ins> it.',
        '3 unique [Only in TASS] afp:— reuters:— tass:TASS alone, first.',
        '4 unique [Only in TASS] afp:— reuters:— tass:TASS alone, second.',
        '5 same afp:Same words. reuters:Same words. tass:SAME WORDS.',
      ].map((l) => l),
    );
    // Each cell knows its grid column and what it is marked against.
    const row2 = layout.groups[1];
    expect(row2?.folded === false && row2.row.cells.map((c) => [c.col, c.empty ? null : c.against])).toEqual([
      [2, null],
      [3, 'REUTERS'],
      [4, 'REUTERS'],
    ]);
  });

  it('drops rows no shown column carries, and says "of the outlets shown" when a hidden one carried it too', () => {
    const layout = layoutComparison(model, view({ visible: ['afp', 'tass'] }), cellMarks);
    expect(lines(layout).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([
      '1 differs',
      '2 unique',
      '3 unique',
      '4 unique',
      '5 same',
    ]);
    expect(lines(layoutComparison(model, view({ visible: ['afp'] }), cellMarks))).toEqual([
      '1 same afp:Putin said progress.',
      '5 same afp:Same words.',
    ]);
    expect(lines(layout)[1]).toContain('[Of the outlets shown, only in TASS]');
  });

  it('falls back to the first shown column when the base is hidden', () => {
    const layout = layoutComparison(model, view({ visible: ['reuters', 'tass'] }), cellMarks);
    expect(layout.base).toBe('reuters');
    expect(layout.columns.map((c) => c.key)).toEqual(['reuters', 'tass']);
  });

  it('"differences only" hides rows told alike, but never the selected one', () => {
    const only = view({ differencesOnly: true });
    expect(layoutComparison(model, only, cellMarks).groups.map((g) => !g.folded && g.row.n)).toEqual([
      1, 2, 3, 4,
    ]);
    expect(layoutComparison(model, { ...only, selected: 5 }, cellMarks).rowCount).toBe(5);
  });

  it('folds runs of passages one outlet carried, unless opened or holding the selected row', () => {
    expect(lines(layoutComparison(model, view({ fold: true }), cellMarks)).slice(2)).toEqual([
      'fold 3×2 (TASS 2)',
      '5 same afp:Same words. reuters:Same words. tass:SAME WORDS.',
    ]);
    const opened = layoutComparison(model, view({ fold: true, opened: [3] }), cellMarks);
    expect(opened.groups.every((g) => !g.folded)).toBe(true);
    const selected = layoutComparison(model, view({ fold: true, selected: 4 }), cellMarks);
    expect(selected.groups.every((g) => !g.folded)).toBe(true);
  });

  it('a comparison of one outlet has no base to mark against', () => {
    const one: Comparison = {
      ...model,
      columns: [column('afp')],
      rows: [{ n: 1, cells: { afp: cell('Alone.') } }],
    };
    const layout = layoutComparison(one, view({ visible: ['afp'] }), cellMarks);
    expect(layout.single).toBe(true);
    expect(lines(layout)).toEqual(['1 same afp:Alone.']);
  });

  it('says when no row is left to show', () => {
    const layout = layoutComparison({ ...model, rows: [] }, view(), cellMarks);
    expect(layout).toMatchObject({ rowCount: 0, groups: [] });
  });
});

describe('carrierText and foldOwners', () => {
  const nameOf = (k: string) => k.toUpperCase();
  const all = ['a', 'b', 'c', 'd', 'e'];
  it('names the shorter list: the carriers, or the outlets that left the passage out', () => {
    expect(carrierText(all, all, nameOf)).toBe('5 of 5 outlets carried this passage');
    expect(carrierText(['b', 'd'], all, nameOf)).toBe('2 of 5 outlets carried this passage: B, D');
    expect(carrierText(['a', 'b', 'c', 'e'], all, nameOf)).toBe(
      '4 of 5 outlets carried this passage (not D)',
    );
  });
  it('counts a folded run’s passages per outlet, in order of first appearance', () => {
    expect(foldOwners([model.rows[3]!, model.rows[1]!], ['reuters', 'tass'], nameOf)).toBe(
      'TASS 2, REUTERS 1',
    );
  });
});
