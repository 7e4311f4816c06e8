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
 * Listed once, as far as any diff has needed them.
 */
const UNITS: number[] = [];
function unitAt(k: number): number | undefined {
  while (UNITS.length <= k) {
    const last = UNITS[UNITS.length - 1];
    let c = last === undefined ? 0xe000 : last === 0xf8ff ? 0x0100 : last + 1;
    while (c <= 0xd7ff && c >= 0x0100 && /\s/.test(String.fromCharCode(c))) c++;
    if (c > 0xd7ff && c < 0xe000) return undefined;
    UNITS.push(c);
  }
  return UNITS[k];
}

/**
 * A text as the diff reads it: its tokens, each token's matching key as a number of the differ's key table, and where
 * each token starts in the text (`starts[tokens.length]` is its end), so a span's text is one slice of it.
 */
interface Tokenised {
  text: string;
  tokens: string[];
  keys: Int32Array;
  starts: Int32Array;
}

/**
 * A word diff (see `diffWords`) that remembers each text's tokens and matching keys, for many diffs among the same
 * texts: the insights diff every pair of an event's cells, so each cell would otherwise be tokenised once per partner.
 * The spans are exactly diffWords'. Keep one per event (it holds every text it was given).
 */
export function createWordDiffer(): (a: string, b: string) => Span[] {
  const keyIds = new Map<string, number>();
  const texts = new Map<string, Tokenised>();
  // Per key id, the code unit it stands for in the current diff (valid while `seen[id] === diffs`).
  let seen = new Int32Array(256);
  let unitOf = new Int32Array(256);
  let diffs = 0;
  const tokenised = (text: string): Tokenised => {
    let t = texts.get(text);
    if (t) return t;
    const tokens = tokenise(text);
    const keys = new Int32Array(tokens.length);
    const starts = new Int32Array(tokens.length + 1);
    tokens.forEach((token, k) => {
      const key = matchKey(token);
      let id = keyIds.get(key);
      if (id === undefined) keyIds.set(key, (id = keyIds.size));
      keys[k] = id;
      starts[k + 1] = starts[k]! + token.length;
    });
    texts.set(text, (t = { text, tokens, keys, starts }));
    return t;
  };
  return (a, b) => {
    const ta = tokenised(a);
    const tb = tokenised(b);
    if (seen.length < keyIds.size) {
      const size = Math.max(keyIds.size, seen.length * 2);
      const grownSeen = new Int32Array(size);
      grownSeen.set(seen);
      const grownUnit = new Int32Array(size);
      grownUnit.set(unitOf);
      seen = grownSeen;
      unitOf = grownUnit;
    }
    // Each distinct key gets the next code unit in order of first appearance, a then b, as in a diff of its own.
    diffs++;
    let distinct = 0;
    const encode = (keys: Int32Array): string => {
      const codes = new Array<number>(keys.length);
      for (let k = 0; k < keys.length; k++) {
        const id = keys[k]!;
        if (seen[id] !== diffs) {
          const unit = unitAt(distinct++);
          if (unit === undefined) throw new Error('diffWords: more distinct tokens than code units');
          seen[id] = diffs;
          unitOf[id] = unit;
        }
        codes[k] = unitOf[id]!;
      }
      let out = '';
      for (let k = 0; k < codes.length; k += 4096) out += String.fromCharCode(...codes.slice(k, k + 4096));
      return out;
    };
    return diffEncoded(ta, tb, encode(ta.keys), encode(tb.keys));
  };
}

/**
 * Word-level diff of two texts: the token unit is a word, a whitespace run, or one punctuation character, compared in
 * matching form (DESIGN.md §2). Deterministic: `Diff_Timeout = 0` means no deadline, so the result never depends on
 * machine speed. This is the only file that imports diff-match-patch.
 */
export function diffWords(a: string, b: string): Span[] {
  return createWordDiffer()(a, b);
}

/** Tokens `from` to `to` (exclusive) of a text, as one string. */
function tokenText(t: Tokenised, from: number, to: number): string {
  // The tokens cover the text end to end (every character is in one), so they are a slice of it; checked, since a
  // slice is only right if so.
  return t.starts[t.tokens.length] === t.text.length
    ? t.text.slice(t.starts[from], t.starts[to])
    : t.tokens.slice(from, to).join('');
}

/** The diff of two token lists given as strings of one code unit a token (equal units for equal matching keys). */
function diffEncoded(ta: Tokenised, tb: Tokenised, encodedA: string, encodedB: string): Span[] {
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
      push({ op: 'delete', text: tokenText(ta, ia, ia + n) });
      ia += n;
    } else if (op === DiffMatchPatch.DIFF_INSERT) {
      push({ op: 'insert', text: tokenText(tb, ib, ib + n) });
      ib += n;
    } else {
      const textA = tokenText(ta, ia, ia + n);
      const textB = tokenText(tb, ib, ib + n);
      push(textA === textB ? { op: 'equal', text: textA } : { op: 'equal', text: textA, textB });
      ia += n;
      ib += n;
    }
  }
  return spans;
}
