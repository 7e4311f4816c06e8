import { diffWords, type Span } from '../diff/words';

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
 * cellMarks with a memory: the same base text and cell text give the same marks object without diffing again. For a
 * page redrawn for one base after another, where each return to a base would otherwise diff its cells anew.
 */
export function memoisedCellMarks(): (baseText: string | undefined, text: string, isBase: boolean) => Mark[] {
  const known = new Map<string, Mark[]>();
  return (baseText, text, isBase) => {
    if (isBase || baseText === undefined) return cellMarks(baseText, text, isBase);
    const key = `${baseText}\u0000${text}`;
    let marks = known.get(key);
    if (!marks) {
      marks = cellMarks(baseText, text, false);
      known.set(key, marks);
    }
    return marks;
  };
}
