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
  return diffWords(baseText, text).map((span: Span) =>
    span.op === 'equal'
      ? { kind: 'same', text: span.textB ?? span.text }
      : { kind: span.op === 'insert' ? 'added' : 'missing', text: span.text },
  );
}
