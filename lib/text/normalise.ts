/**
 * The matching form of text (DESIGN.md §2): display keeps the original characters, comparison uses this.
 * Folds curly quotes, dashes, non-breaking and zero-width spaces, and case; gives up nothing a reader sees.
 * U+FFFD, which stands in copy for a character lost upstream (Ground News text), is read as what it mostly replaced:
 * an apostrophe between letters ("Union\uFFFDs" meets "Union’s"), a dash between spaces ("BEIJING (AP) \uFFFD" meets
 * "BEIJING (AP) —"), a double quote anywhere else.
 */
export function normaliseForMatch(text: string): string {
  // Most text is printable ASCII with curly quotes and dashes (99 % of the bench's sentences): there NFKC changes
  // nothing, the only space is U+0020 and U+FFFD does not occur, so one pass gives what the full chain gives. The
  // build reads each sentence through here several times (alignment, related links, the insights).
  if (PLAIN.test(text)) return text.replace(PLAIN_FOLD, plainFold).trim().toLowerCase();
  return normaliseFully(text);
}

/** The full chain, for any text (exported for the test that holds the short way to it). */
export function normaliseFully(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/(?<=[\p{L}\p{N}])\uFFFD(?=[\p{L}\p{N}])/gu, "'")
    .replace(/(?<=\s)\uFFFD(?=\s)/gu, '-')
    .replace(/\uFFFD/g, '"')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Printable ASCII, curly single and double quotes, en dash, em dash and horizontal bar: NFKC leaves them all alone. */
const PLAIN = /^[\x20-\x7e\u2018\u2019\u201C\u201D\u2013-\u2015]*$/;
/** What the full chain changes in such text: the backtick and the curly marks, the dashes, runs of spaces. */
const PLAIN_FOLD = /[`\u2018\u2019\u201C\u201D\u2013-\u2015]| {2,}/g;
function plainFold(c: string): string {
  if (c.charCodeAt(0) === 0x20) return ' ';
  return c === '\u201C' || c === '\u201D' ? '"' : c === '`' || c === '\u2018' || c === '\u2019' ? "'" : '-';
}
