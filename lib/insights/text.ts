/** Word counting and trimming for insights: the word is lib/text/words.ts's, as every stage counts it. */
import { wordPattern } from '../text/words';

export { words } from '../text/words';

/** Number of words in a text. */
export function wordCount(text: string): number {
  // Counted without building the list: a build counts the words of every cell of every pair, and of every span of
  // their diffs.
  const count = scanWords(text);
  return count >= 0 ? count : wordCountByRegex(text);
}

/** Where each word of a text starts, as `[...text.matchAll(wordPattern())].map((m) => m.index)` gives them. */
export function wordStarts(text: string): number[] {
  const out: number[] = [];
  return scanWords(text, out) >= 0 ? out : [...text.matchAll(WORD_AT)].map((m) => m.index);
}

/**
 * The words of a text of ASCII, curly quotes and dashes, scanned by hand: how many there are, and where each starts
 * pushed to `starts` when given. -1, part-way through, at the first character the scan leaves to the word pattern
 * (an accented letter, another script): the caller then reads the whole text by the pattern.
 */
function scanWords(text: string, starts?: number[]): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const k = kindOf(text.charCodeAt(i));
    if (k !== LETTER) {
      if (k === OTHER) return -1;
      i++;
      continue;
    }
    // One word: letters, then any number of (one joiner, letters).
    count++;
    starts?.push(i);
    for (;;) {
      let c = kindOf(text.charCodeAt(++i));
      while (c === LETTER) c = kindOf(text.charCodeAt(++i));
      if (c === JOINER && kindOf(text.charCodeAt(i + 1)) === LETTER) {
        i++;
        continue;
      }
      // What follows the word is looked at again by the outer loop (an unhandled character ends the scan there).
      break;
    }
  }
  return count;
}

const WORD_AT = wordPattern();

/** Whether a text has a word at all (`wordCount(text) > 0`): a word starts at any letter, digit or mark. */
export function hasWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const k = kindOf(text.charCodeAt(i));
    if (k === LETTER) return true;
    if (k === OTHER) return LETTER_ANYWHERE.test(text);
  }
  return false;
}

const LETTER_ANYWHERE = /[\p{L}\p{N}\p{M}]/u;

/** `wordCount` by the word pattern itself (exported for the test that holds the scanner to it). */
export function wordCountByRegex(text: string): number {
  let n = 0;
  WORD_SCAN.lastIndex = 0;
  while (WORD_SCAN.exec(text) !== null) n++;
  return n;
}

const WORD_SCAN = wordPattern();

/**
 * What a code unit is to the word pattern (lib/text/words.ts): part of a word, a joiner, neither, or not handled here
 * (left to the regex). Past the end of a text (NaN) is a separator.
 */
const OTHER = 0;
const LETTER = 1;
const JOINER = 2;
const SEPARATOR = 3;

const KINDS = new Uint8Array(0x2030);
for (let c = 0; c < 0x80; c++) KINDS[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? LETTER : SEPARATOR;
for (const c of "'.,-") KINDS[c.charCodeAt(0)] = JOINER;
// ’ and the hyphens and en dash join; no-break space, ‘ “ ” (not joiners), the em dash and horizontal bar, and …
// separate. The rest above ASCII (accented letters, marks, other scripts) is left to the regex.
for (const c of [0x2019, 0x2010, 0x2011, 0x2012, 0x2013]) KINDS[c] = JOINER;
for (const c of [0x00a0, 0x2018, 0x201c, 0x201d, 0x2014, 0x2015, 0x2026]) KINDS[c] = SEPARATOR;

function kindOf(c: number): number {
  // A character lost upstream (U+FFFD) joins as an apostrophe does.
  return c < 0x2030 ? KINDS[c]! : c === 0xfffd ? JOINER : c === c ? OTHER : SEPARATOR;
}

/** Quotes, dashes and spaces trimmed: how a changed span reads in a label. */
export function trimSpan(text: string): string {
  return text.replace(/^[\s"'“”‘’,.;:()\-–—]+|[\s"'“”‘’,.;:()\-–—]+$/g, '');
}
