/** Word counting and trimming for insights: the word is lib/text/words.ts's, as every stage counts it. */
import { wordPattern } from '../text/words';

export { words } from '../text/words';

/** Number of words in a text. */
export function wordCount(text: string): number {
  // Counted without building the list: a build counts the words of every cell of every pair, and of every span of
  // their diffs. Text of ASCII, curly quotes and dashes is scanned by hand; anything else by the regex itself.
  const n = text.length;
  for (let i = 0; i < n; i++) if (kindOf(text.charCodeAt(i)) === OTHER) return wordCountByRegex(text);
  let count = 0;
  let i = 0;
  while (i < n) {
    if (kindOf(text.charCodeAt(i)) !== LETTER) {
      i++;
      continue;
    }
    // One word: letters, then any number of (one joiner, letters).
    count++;
    for (;;) {
      while (i < n && kindOf(text.charCodeAt(i)) === LETTER) i++;
      if (i + 1 < n && kindOf(text.charCodeAt(i)) === JOINER && kindOf(text.charCodeAt(i + 1)) === LETTER) {
        i++;
        continue;
      }
      break;
    }
  }
  return count;
}

/** `wordCount` by the word pattern itself (exported for the test that holds the scanner to it). */
export function wordCountByRegex(text: string): number {
  let n = 0;
  WORD_SCAN.lastIndex = 0;
  while (WORD_SCAN.exec(text) !== null) n++;
  return n;
}

const WORD_SCAN = wordPattern();

/** What a code unit is to the word pattern (lib/text/words.ts): part of a word, a joiner, neither, or not handled. */
const OTHER = 0;
const LETTER = 1;
const JOINER = 2;
const SEPARATOR = 3;

const ASCII = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? LETTER : SEPARATOR;
for (const c of "'.,-") ASCII[c.charCodeAt(0)] = JOINER;

function kindOf(c: number): number {
  if (c < 0x80) return ASCII[c]!;
  switch (c) {
    case 0x2019: // ’
    case 0xfffd: // a character lost upstream, read as an apostrophe
    case 0x2010: // hyphens and the en dash
    case 0x2011:
    case 0x2012:
    case 0x2013:
      return JOINER;
    case 0x00a0: // no-break space
    case 0x2018: // ‘ (not a joiner)
    case 0x201c: // “ ”
    case 0x201d:
    case 0x2014: // em dash and horizontal bar (not joiners)
    case 0x2015:
    case 0x2026: // …
      return SEPARATOR;
    default:
      return OTHER;
  }
}

/** Quotes, dashes and spaces trimmed: how a changed span reads in a label. */
export function trimSpan(text: string): string {
  return text.replace(/^[\s"'“”‘’,.;:()\-–—]+|[\s"'“”‘’,.;:()\-–—]+$/g, '');
}
