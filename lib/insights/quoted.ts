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

/** Curly doubles and single quotes pair up by pattern; straight doubles are paired by hand (see findQuotes). */
const QUOTE_PATTERNS: readonly RegExp[] = [
  /“([^“”]+)”/gu,
  /‘((?:[^‘’]|’(?=\p{L}))+)’(?!\p{L})/gu,
  /(?<![\p{L}\p{N}])'((?:[^']|'(?=\p{L}))+?)'(?![\p{L}\p{N}])/gu,
];

const MIN_OPEN_QUOTE_WORDS = 2;

/**
 * Quoted passages in a text, in text order; nested or overlapping matches keep the outer, earlier one. A sentence
 * cut out of a longer quote carries only one of its marks: a closing mark with words before it quotes from the start
 * (`… sets people free."`), an opening mark with words after it quotes to the end (`"There is nowhere to run.`).
 */
export function findQuotes(text: string): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  const push = (start: number, end: number, inner: string) => {
    if (trimSpan(inner)) found.push({ text: inner.trim(), start, end });
  };
  for (const re of QUOTE_PATTERNS) {
    for (const m of text.matchAll(re)) push(m.index, m.index + m[0].length, m[1] ?? '');
  }
  // Curly marks left alone: a closer before any opener, an opener after the last closer.
  const firstClose = text.indexOf('”');
  const firstOpen = text.indexOf('“');
  if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) {
    const inner = text.slice(0, firstClose);
    if (wordCount(inner) >= MIN_OPEN_QUOTE_WORDS) push(0, firstClose + 1, inner);
  }
  const lastOpen = text.lastIndexOf('“');
  if (lastOpen >= 0 && text.indexOf('”', lastOpen) < 0) {
    const inner = text.slice(lastOpen + 1);
    if (wordCount(inner) >= MIN_OPEN_QUOTE_WORDS) push(lastOpen, text.length, inner);
  }
  // Straight doubles: with an odd count, the first mark closes a quote begun before this text when it follows a
  // word and is not followed by one; otherwise the last mark opens one that runs on.
  const marks = [...text.matchAll(/"/g)].map((m) => m.index);
  let pairFrom = 0;
  let pairTo = marks.length;
  if (marks.length % 2 === 1) {
    const first = marks[0]!;
    const closes = first > 0 && /\S/.test(text[first - 1]!) && !/[\p{L}\p{N}]/u.test(text[first + 1] ?? '');
    if (closes) {
      const inner = text.slice(0, first);
      if (wordCount(inner) >= MIN_OPEN_QUOTE_WORDS) push(0, first + 1, inner);
      pairFrom = 1;
    } else {
      const last = marks[marks.length - 1]!;
      const inner = text.slice(last + 1);
      if (wordCount(inner) >= MIN_OPEN_QUOTE_WORDS) push(last, text.length, inner);
      pairTo = marks.length - 1;
    }
  }
  for (let k = pairFrom; k + 1 < pairTo; k += 2) {
    const a = marks[k]!;
    const b = marks[k + 1]!;
    push(a, b + 1, text.slice(a + 1, b));
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: QuoteSpan[] = [];
  for (const q of found) {
    const last = out[out.length - 1];
    if (last && q.start < last.end) continue;
    out.push(q);
  }
  return out;
}
