/** Word counting and trimming for insights: the word is lib/text/words.ts's, as every stage counts it. */
import { wordPattern } from '../text/words';

export { words } from '../text/words';

/** Number of words in a text. */
export function wordCount(text: string): number {
  // Counted without building the list: a build counts the words of every cell of every pair.
  let n = 0;
  WORD_SCAN.lastIndex = 0;
  while (WORD_SCAN.exec(text) !== null) n++;
  return n;
}

const WORD_SCAN = wordPattern();

/** Quotes, dashes and spaces trimmed: how a changed span reads in a label. */
export function trimSpan(text: string): string {
  return text.replace(/^[\s"'“”‘’,.;:()\-–—]+|[\s"'“”‘’,.;:()\-–—]+$/g, '');
}
