import DiffMatchPatch from 'diff-match-patch';
import { normaliseForMatch } from '../text/normalise';
import { WORD_SOURCE } from '../text/words';

/**
 * One piece of a word diff. `delete` spans carry a's original text, `insert` spans b's. `equal` spans carry a's text in
 * `text`; where b printed the same words in a different matching-equivalent form (curly vs straight quotes, case,
 * non-breaking space), b's own characters are in `textB`, so both sides can be rebuilt exactly:
 * a = equal.text + delete.text, b = (equal.textB ?? equal.text) + insert.text, in span order.
 */
export type Span = { op: 'equal' | 'delete' | 'insert'; text: string; textB?: string };

/**
 * Tokens: words (letters, digits, marks, with inner apostrophes and number punctuation so "Moscow's" and "1,200" stay
 * whole; U+FFFD between letters is an apostrophe lost upstream), runs of whitespace, and every other character on its own (punctuation, symbols, emoji).
 */
const TOKEN = new RegExp(`${WORD_SOURCE}|\\s+|[^\\p{L}\\p{N}\\p{M}\\s]`, 'gu');

function tokenise(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Whitespace runs all compare equal: a line break where the other outlet had a space is not a difference. */
export function matchKey(token: string): string {
  // Printable ASCII without spaces only changes case in normaliseForMatch: most tokens take this short way.
  if (PRINTABLE_ASCII.test(token)) return token.toLowerCase();
  return /^\s+$/.test(token) ? ' ' : normaliseForMatch(token);
}

const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

/**
 * Code units to stand for tokens: the Private Use Area first, then ordinary BMP characters that are neither ASCII
 * letters/digits, whitespace nor surrogates. diff_cleanupSemanticLossless scores boundaries by whether characters are
 * alphanumeric ASCII or whitespace, so every code unit used here scores alike and no token is favoured over another.
 */
function* codeUnits(): Generator<string> {
  for (let c = 0xe000; c <= 0xf8ff; c++) yield String.fromCharCode(c);
  for (let c = 0x0100; c <= 0xd7ff; c++) {
    const ch = String.fromCharCode(c);
    if (!/\s/.test(ch)) yield ch;
  }
}

/**
 * Word-level diff of two texts: the token unit is a word, a whitespace run, or one punctuation character, compared in
 * matching form (DESIGN.md §2). Deterministic: `Diff_Timeout = 0` means no deadline, so the result never depends on
 * machine speed. This is the only file that imports diff-match-patch.
 */
export function diffWords(a: string, b: string): Span[] {
  const tokensA = tokenise(a);
  const tokensB = tokenise(b);
  const charOf = new Map<string, string>();
  const units = codeUnits();
  const encode = (tokens: string[]): string => {
    let out = '';
    for (const t of tokens) {
      const key = matchKey(t);
      let ch = charOf.get(key);
      if (ch === undefined) {
        const next = units.next();
        if (next.done) throw new Error('diffWords: more distinct tokens than code units');
        ch = next.value;
        charOf.set(key, ch);
      }
      out += ch;
    }
    return out;
  };
  const encodedA = encode(tokensA);
  const encodedB = encode(tokensB);

  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  const diffs = dmp.diff_main(encodedA, encodedB, false);
  dmp.diff_cleanupSemantic(diffs);

  // Walk both token lists alongside the diff: each encoded character is exactly one token.
  const spans: Span[] = [];
  let ia = 0;
  let ib = 0;
  const push = (span: Span) => {
    const last = spans[spans.length - 1];
    if (!last || last.op !== span.op) {
      spans.push(span);
      return;
    }
    if (last.textB !== undefined || span.textB !== undefined) {
      last.textB = (last.textB ?? last.text) + (span.textB ?? span.text);
    }
    last.text += span.text;
  };
  for (const [op, chars] of diffs) {
    const n = chars.length;
    if (n === 0) continue;
    if (op === DiffMatchPatch.DIFF_DELETE) {
      push({ op: 'delete', text: tokensA.slice(ia, ia + n).join('') });
      ia += n;
    } else if (op === DiffMatchPatch.DIFF_INSERT) {
      push({ op: 'insert', text: tokensB.slice(ib, ib + n).join('') });
      ib += n;
    } else {
      const textA = tokensA.slice(ia, ia + n).join('');
      const textB = tokensB.slice(ib, ib + n).join('');
      push(textA === textB ? { op: 'equal', text: textA } : { op: 'equal', text: textA, textB });
      ia += n;
      ib += n;
    }
  }
  return spans;
}
