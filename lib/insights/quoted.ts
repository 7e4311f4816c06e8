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

const QUOTE_PATTERNS: readonly RegExp[] = [
  /“([^“”]+)”/gu,
  /"([^"]+)"/gu,
  /‘((?:[^‘’]|’(?=\p{L}))+)’(?!\p{L})/gu,
  /(?<![\p{L}\p{N}])'((?:[^']|'(?=\p{L}))+?)'(?![\p{L}\p{N}])/gu,
];

/** Quoted passages in a text, in text order; nested or overlapping matches keep the outer, earlier one. */
export function findQuotes(text: string): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  for (const re of QUOTE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const inner = m[1] ?? '';
      if (!trimSpan(inner)) continue;
      found.push({ text: inner.trim(), start: m.index, end: m.index + m[0].length });
    }
  }
  // A quote opened but not closed in this text (the sentence splitter cut a two-sentence quote) runs to the end.
  const opens = (text.match(/"/g) ?? []).length;
  if (opens % 2 === 1) {
    const at = text.lastIndexOf('"');
    const rest = text.slice(at + 1);
    if (at >= 0 && /^\s*\p{Lu}/u.test(rest) && wordCount(rest) >= 3) {
      found.push({ text: rest.trim(), start: at, end: text.length });
    }
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
