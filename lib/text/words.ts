/**
 * The word: the one unit every stage counts, as a regular expression over text as printed or in its matching form.
 * A word is a run of letters, digits and combining marks, with inner joiners kept so that "Moscow's", "Moscow’s",
 * "1,200", "2.5", "U.S" and "al-Assad" stay whole: apostrophes (straight, curly, and U+FFFD, which Ground News-style
 * copy prints for one lost upstream), number punctuation, and hyphens or dashes. A joiner at a word's edge is not part
 * of it. Hyphens and the en dash join ("Kyiv–Moscow", "2010–2019" stay whole); the em dash and the horizontal bar do
not, since many outlets print them between words without spaces ("talks—which ended—"). The matching form
(lib/text/normalise.ts) folds every dash into "-" before clustering and alignment read words, so there an em dash
joins too: what that gives up is a clause boundary inside a token, which only costs a rarer term.
 *
 * Clustering, alignment, search, the word diff and the insights all read words through this, so a word one stage
 * counts is a word every stage counts (the fast scanner in lib/events/terms.ts mirrors it and is property-tested).
 */
const LETTERS = '\\p{L}\\p{N}\\p{M}';
const JOINERS = "'\\u2019\\uFFFD.,\\-\\u2010-\\u2013";

/** The pattern source, for callers that build a larger pattern (lib/diff/words.ts adds spaces and symbols). */
export const WORD_SOURCE = `[${LETTERS}]+(?:[${JOINERS}][${LETTERS}]+)*`;

/** A fresh global regex for the word (each has its own `lastIndex`, so scans never share state). */
export function wordPattern(): RegExp {
  return new RegExp(WORD_SOURCE, 'gu');
}

/** The words of a text, in order. */
export function words(text: string): string[] {
  // One regex for every call: `match` with a global regex starts at 0 and leaves `lastIndex` at 0.
  return text.match(WORD) ?? [];
}

const WORD = wordPattern();

/** `/^\p{Lu}/u.test(w)`: whether a word starts with a capital, an ASCII first letter answered without the regex. */
export function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return /^\p{Lu}/u.test(w);
}

/** `/^\p{Ll}/u.test(w)`, likewise: a lower-case first letter. */
export function startsLower(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return /^\p{Ll}/u.test(w);
}

/** `/^\p{N}/u.test(w)`, likewise: a digit first. */
export function startsDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  return /^\p{N}/u.test(w);
}
