import { describe, expect, it } from 'vitest';
import type { Comparison } from './comparison';
import { cellMarks, presetMarks, tidyMarks } from './marks';

const render = (marks: ReturnType<typeof cellMarks>) =>
  marks
    .map((m) =>
      m.kind === 'same' ? m.text : m.kind === 'added' ? `<ins>${m.text}</ins>` : `<del>${m.text}</del>`,
    )
    .join('');

describe('cellMarks', () => {
  it('marks words against the base, keeping the cell’s own characters', () => {
    expect(render(cellMarks('Putin said “some progress”.', 'Putin says "some progress".', false))).toBe(
      'Putin <del>said</del><ins>says</ins> "some progress".',
    );
  });
  it('leaves the base cell and rows the base lacks unmarked', () => {
    expect(cellMarks('a b', 'a c', true)).toEqual([{ kind: 'same', text: 'a c' }]);
    expect(cellMarks(undefined, 'a c', false)).toEqual([{ kind: 'same', text: 'a c' }]);
  });
});

describe('tidyMarks', () => {
  it('moves spacing out of added words, drops it from missing ones, and merges plain text', () => {
    expect(
      tidyMarks([
        { kind: 'same', text: 'Putin' },
        { kind: 'missing', text: ' on Friday' },
        { kind: 'same', text: ' ' },
        { kind: 'added', text: 'said ' },
        { kind: 'added', text: ' ' },
        { kind: 'missing', text: '  ' },
        { kind: 'same', text: 'there' },
      ]),
    ).toEqual([
      { kind: 'same', text: 'Putin' },
      { kind: 'missing', text: 'on Friday' },
      { kind: 'same', text: ' ' },
      { kind: 'added', text: 'said' },
      { kind: 'same', text: '  there' },
    ]);
  });
});

describe('presetMarks', () => {
  const cell = (text: string, at = 0) => ({ text, headings: [], at });
  const column = (key: string) => ({ key }) as Comparison['columns'][number];
  const comparison: Comparison = {
    eventId: 'e',
    title: 't',
    date: null,
    columns: [column('afp'), column('reuters'), column('press-tv')],
    rows: [
      {
        n: 1,
        cells: {
          afp: cell('Putin said progress.'),
          reuters: cell('Putin says progress.'),
          'press-tv': cell('x'),
        },
      },
      { n: 2, cells: { reuters: cell('Only two carried it.'), 'press-tv': cell('Only two told it.') } },
      { n: 3, cells: { 'press-tv': cell('A hidden column alone.') } },
    ],
  };

  it('marks each shown cell against the base, as the browser would', () => {
    const rows = presetMarks(comparison, ['afp', 'reuters'], 'afp').rows;
    expect(rows[0]!.marks).toEqual({
      base: 'afp',
      cells: { reuters: cellMarks('Putin said progress.', 'Putin says progress.', false) },
    });
    expect(render(rows[0]!.marks!.cells.reuters!)).toBe('Putin <del>said</del><ins>says</ins> progress.');
  });

  it('marks a row the base did not carry against the first shown column that did; leaves rows no shown column has', () => {
    const rows = presetMarks(comparison, ['afp', 'reuters', 'press-tv'], 'afp').rows;
    expect(rows[1]!.marks?.base).toBe('reuters');
    expect(render(rows[1]!.marks!.cells['press-tv']!)).toBe('Only two <del>carried</del><ins>told</ins> it.');
    expect(presetMarks(comparison, ['afp', 'reuters'], 'afp').rows[2]!.marks).toBeUndefined();
  });

  it('falls back to the first shown column when the base is hidden', () => {
    expect(presetMarks(comparison, ['reuters', 'press-tv'], 'afp').rows[0]!.marks?.base).toBe('reuters');
  });
});
