import { describe, expect, it } from 'vitest';
import { cellMarks, memoisedCellMarks, tidyMarks } from './marks';

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

describe('memoisedCellMarks', () => {
  it('gives the marks cellMarks gives, the same object for the same texts', () => {
    const marks = memoisedCellMarks();
    const first = marks('Putin said progress.', 'Putin says progress.', false);
    expect(first).toEqual(cellMarks('Putin said progress.', 'Putin says progress.', false));
    expect(marks('Putin said progress.', 'Putin says progress.', false)).toBe(first);
    expect(marks('Putin says progress.', 'Putin said progress.', false)).not.toBe(first);
    expect(marks(undefined, 'a c', false)).toEqual([{ kind: 'same', text: 'a c' }]);
    expect(marks('a b', 'a c', true)).toEqual([{ kind: 'same', text: 'a c' }]);
  });
});
