import { trimSpan, wordCount } from './text';

/**
 * Quoted passages of a text: between double quotes (straight or curly), or single quotes that open after a space and
 * close before one (so "Moscow's" is no quote). Shared by the quote insight, and by copy and wording, which leave
 * quoted words out (two outlets quoting one speaker have not copied each other).
 */
export interface QuoteSpan {
  text: string;
  start: number;
  end: number;
}

/** Single quotes pair up by pattern; double quotes, straight or curly, are paired by a scan (see findQuotes). */
const SINGLE_QUOTE_PATTERNS: readonly RegExp[] = [
  /‘((?:[^‘’]|’(?=\p{L}))+)’(?!\p{L})/gu,
  /(?<![\p{L}\p{N}])'((?:[^']|'(?=\p{L}))+?)'(?![\p{L}\p{N}])/gu,
];

const MIN_OPEN_QUOTE_WORDS = 2;

/**
 * U+FFFD where copy lost a double quote upstream (Ground News text): at a word's edge, not between two letters (a lost
 * apostrophe, "Union\uFFFDs"), not between two spaces (a lost dash) and not before a figure (a lost currency sign,
 * "\uFFFD2.5 billion").
 */
const LOST_QUOTE = /(?<![\p{L}\p{N}])\uFFFD(?=[\p{L}])|(?<=[\p{L}\p{N}.,!?;:])\uFFFD(?![\p{L}\p{N}])/gu;

/**
 * Which way a double quote mark faces. Curly marks say so; a straight one opens after a space, a bracket or a dash
 * (or at the start) and closes after a word when no letter follows. Between two letters it is ambiguous: the scan
 * lets it close an open quote, else open one.
 */
function markSide(text: string, i: number): 'open' | 'close' | 'either' {
  const c = text[i];
  if (c === '“') return 'open';
  if (c === '”') return 'close';
  const prev = text[i - 1];
  const next = text[i + 1];
  if (prev === undefined || /[\s([{—–-]/u.test(prev)) return 'open';
  if (next === undefined || !/[\p{L}\p{N}]/u.test(next)) return 'close';
  return 'either';
}

/**
 * Quoted passages in a text, in text order; nested or overlapping matches keep the outer, earlier one. Double marks
 * pair whatever their style, since outlets mix them (`"… wall!” Fox told`) and nest one style in itself (`“… the
 * “f bomb.””`). A sentence cut out of a longer quote carries only one of its marks: a closing mark with words before
 * it and no opener quotes from the start (`… sets people free."`), an opener never closed quotes to the end
 * (`"There is nowhere to run.`).
 */
export function findQuotes(printed: string): QuoteSpan[] {
  // Marks are found in a copy where U+FFFD standing for a lost double quote is one; spans are cut from the text as
  // printed (one character for one, so positions agree).
  // The lost-quote pattern looks around every U+FFFD: most text has none, and is read as it is.
  const text = printed.includes('\uFFFD') ? printed.replace(LOST_QUOTE, '"') : printed;
  const found: QuoteSpan[] = [];
  const push = (start: number, end: number, inner: string) => {
    // A lone mark at an edge is the quote's own, printed twice (a sentence that reopens a quote already open).
    const text =
      (inner.match(/["“”]/g) ?? []).length === 1 ? inner.replace(/^\s*["“”]|["“”]\s*$/, '') : inner;
    if (trimSpan(text)) found.push({ text: text.trim(), start, end });
  };
  for (const re of SINGLE_QUOTE_PATTERNS) {
    for (const m of text.matchAll(re)) push(m.index, m.index + m[0].length, m[1] ?? '');
  }
  const open: number[] = [];
  let seenMark = false;
  for (const m of text.matchAll(/["“”]/g)) {
    const i = m.index;
    const side = markSide(text, i);
    if (side === 'open' || (side === 'either' && open.length === 0)) {
      open.push(i);
    } else if (open.length > 0) {
      const from = open.pop()!;
      // Only the outermost pair is a quote; an inner one is part of it.
      if (open.length === 0) push(from, i + 1, text.slice(from + 1, i));
    } else if (!seenMark && wordCount(text.slice(0, i)) >= MIN_OPEN_QUOTE_WORDS) {
      push(0, i + 1, text.slice(0, i));
    }
    seenMark = true;
  }
  const unclosed = open[0];
  if (unclosed !== undefined && wordCount(text.slice(unclosed + 1)) >= MIN_OPEN_QUOTE_WORDS) {
    push(unclosed, text.length, text.slice(unclosed + 1));
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: QuoteSpan[] = [];
  for (const q of found) {
    const last = out[out.length - 1];
    if (last && q.start < last.end) continue;
    if (text !== printed) {
      // The quote's words as printed: the same stretch of the original text.
      const at = q.start + text.slice(q.start, q.end).indexOf(q.text);
      q.text = printed.slice(at, at + q.text.length);
    }
    out.push(q);
  }
  return out;
}
