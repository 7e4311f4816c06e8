/** Word counting and trimming for insights: the word unit matches lib/diff/words. */
const WORD = /[\p{L}\p{N}]+(?:['\u2019.,-][\p{L}\p{N}]+)*/gu;

/** Words of a text: letters and digits with inner apostrophes and number punctuation (as lib/diff/words counts them). */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Number of words in a text. */
export function wordCount(text: string): number {
  // Counted without building the list: a build counts the words of every cell of every pair.
  let n = 0;
  WORD_SCAN.lastIndex = 0;
  while (WORD_SCAN.exec(text) !== null) n++;
  return n;
}

const WORD_SCAN = new RegExp(WORD.source, WORD.flags);

/** Quotes, dashes and spaces trimmed: how a changed span reads in a label. */
export function trimSpan(text: string): string {
  return text.replace(/^[\s"'“”‘’,.;:()\-–—]+|[\s"'“”‘’,.;:()\-–—]+$/g, '');
}
