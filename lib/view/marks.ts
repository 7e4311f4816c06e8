import { diffWords, type Span } from '../diff/words';
import type { Comparison } from './comparison';

/** A piece of a cell as the reader sees it: its own words, words only it has, or base words it lacks. */
export type Mark = { kind: 'same' | 'added' | 'missing'; text: string };

/**
 * The marks of one cell against the base outlet's cell in the same row. The cell's own characters are kept (the
 * `textB` of equal spans), words it has and the base lacks are `added`, base words it lacks are `missing`. No base
 * text (the base did not carry the row) or the base cell itself: the text unmarked.
 */
export function cellMarks(baseText: string | undefined, text: string, isBase: boolean): Mark[] {
  if (isBase || baseText === undefined) return [{ kind: 'same', text }];
  const marks: Mark[] = diffWords(baseText, text).map((span: Span) =>
    span.op === 'equal'
      ? { kind: 'same', text: span.textB ?? span.text }
      : { kind: span.op === 'insert' ? 'added' : 'missing', text: span.text },
  );
  return tidyMarks(marks);
}

/**
 * Marks hug their words: whitespace at the edge of an added span moves out into the plain text (it is this cell's
 * own text, so nothing is lost), whitespace at the edge of a missing span is dropped (it is the base's spacing, and
 * the cell's own spacing already separates the words). Adjacent plain pieces merge. Underlines then stop at the word.
 */
export function tidyMarks(marks: readonly Mark[]): Mark[] {
  const out: Mark[] = [];
  const push = (m: Mark) => {
    if (m.text === '') return;
    const last = out[out.length - 1];
    if (last && last.kind === m.kind && m.kind === 'same') last.text += m.text;
    else out.push({ ...m });
  };
  for (const m of marks) {
    if (m.kind === 'same') {
      push(m);
      continue;
    }
    const [, lead = '', core = '', tail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(m.text) ?? [];
    if (m.kind === 'added') push({ kind: 'same', text: lead });
    push({ kind: m.kind, text: core });
    if (m.kind === 'added') push({ kind: 'same', text: tail });
  }
  return out;
}

/**
 * The comparison with each row's marks for the view the page opens with (`visible` columns, `base`), computed at build
 * time: a row is marked against the base, or against the first shown column that carried it when the base did not
 * (as the Comparison component does). The browser uses them while the reader keeps that row's base.
 */
export function presetMarks(comparison: Comparison, visible: readonly string[], base: string): Comparison {
  const shown = comparison.columns.filter((c) => visible.includes(c.key)).map((c) => c.key);
  const effective = visible.includes(base) ? base : (shown[0] ?? base);
  return {
    ...comparison,
    rows: comparison.rows.map((row) => {
      const rowBase = row.cells[effective] ? effective : shown.find((k) => row.cells[k]);
      if (rowBase === undefined) return row;
      const baseText = row.cells[rowBase]!.text;
      const cells: Record<string, Mark[]> = {};
      for (const key of shown) {
        const cell = row.cells[key];
        if (cell && key !== rowBase) cells[key] = cellMarks(baseText, cell.text, false);
      }
      return { ...row, marks: { base: rowBase, cells } };
    }),
  };
}
