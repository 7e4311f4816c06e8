import { createWordDiffer, type Span } from '../diff/words';
import type { Article, Event } from '../types';
import { type QuoteSpan, findQuotes } from './quoted';
import { hasWord, trimSpan, wordCount, wordStarts, words } from './text';

export { hasWord, trimSpan, wordCount, words };

/**
 * The shared view of one event that every insight reads: its articles in event order, each row's cell texts, and the
 * word diff of every pair of articles that share a row, computed once (the diff is the costly part, so the detectors
 * never diff on their own). Linear in the number of rows; quadratic only in the articles of one row.
 */
export interface InsightContext {
  event: Event;
  /** The event's articles, in event.articleIds order (ids without an article are skipped). */
  articles: Article[];
  /** Per row: article index → the cell's text (its sentences joined by a space). */
  cells: Map<number, string>[];
  /** Per row: article index → the quoted passages of its cell text (offsets into that text). */
  quotes: Map<number, QuoteSpan[]>[];
  /** Every pair of articles that both fill a row, a < b in article order. */
  pairs: RowPair[];
  /** The word diff (lib/diff/words.ts) for this event: each text is tokenised once, however many pairs read it. */
  diff: (a: string, b: string) => Span[];
}

export interface RowPair {
  row: number;
  a: number;
  b: number;
  textA: string;
  textB: string;
  spans: Span[];
  /** Words in textA, textB. */
  wordsA: number;
  wordsB: number;
  /** Words inside equal spans, and the most in one equal span: how much the two print alike. */
  equalWords: number;
  longestRun: number;
  /** Equal words that either side prints inside quotes: two outlets quoting one speaker have not copied each other. */
  sharedQuoted: number;
}

/** The diff of two cell texts, shared by every pair of articles that prints them, and what is read from it. */
interface PairDiff {
  spans: Span[];
  equalWords: number;
  longestRun: number;
  /** Worked out when a pair of these texts has quotes to read them against. */
  places: { atA: number[]; atB: number[] } | null;
}

/** Words inside equal spans, and the most in one: what a pair's diff says whatever either side quotes. */
function spanStats(spans: readonly Span[]): { equalWords: number; longestRun: number } {
  let equalWords = 0;
  let longestRun = 0;
  for (const s of spans) {
    if (s.op !== 'equal') continue;
    const n = wordCount(s.text);
    equalWords += n;
    longestRun = Math.max(longestRun, n);
  }
  return { equalWords, longestRun };
}

function inside(quotes: readonly QuoteSpan[], at: number): boolean {
  return quotes.some((q) => at >= q.start && at < q.end);
}

/**
 * Where the equal words of a diff sit on each side, paired in order (word k of an equal span on a's side with word k
 * on b's): what `sharedQuotedWords` reads, the same for every pair of the same two texts.
 */
function equalWordPlaces(spans: readonly Span[]): { atA: number[]; atB: number[] } {
  const atA: number[] = [];
  const atB: number[] = [];
  let posA = 0;
  let posB = 0;
  for (const s of spans) {
    const textB = s.textB ?? s.text;
    if (s.op === 'equal') {
      const a = wordStarts(s.text);
      const b = wordStarts(textB);
      for (let k = 0; k < a.length && k < b.length; k++) {
        atA.push(posA + a[k]!);
        atB.push(posB + b[k]!);
      }
    }
    if (s.op !== 'insert') posA += s.text.length;
    if (s.op !== 'delete') posB += textB.length;
  }
  return { atA, atB };
}

/**
 * Equal words that either side prints inside quotes. The same words on both
 * sides, in order, are paired up to see whether either side quotes them: words one outlet quotes and the other prints
 * bare (a block quote without marks, a statement paraphrased word for word) came from the speaker, not from the other
 * outlet.
 */
function sharedQuotedWords(
  places: { atA: readonly number[]; atB: readonly number[] },
  quotesA: readonly QuoteSpan[],
  quotesB: readonly QuoteSpan[],
): number {
  let sharedQuoted = 0;
  for (let k = 0; k < places.atA.length; k++) {
    if (inside(quotesA, places.atA[k]!) || inside(quotesB, places.atB[k]!)) sharedQuoted++;
  }
  return sharedQuoted;
}

/**
 * The open quote mark, if any, that the sentence `first` of `article` starts inside: a quote of several sentences
 * marks only its first and last, so the middle ones carry no mark at all. Read from the sentences of the same
 * paragraph before it (a quote does not run across paragraphs without reopening).
 */
export function openQuoteBefore(article: Article, first: number): '"' | '“' | null {
  const block = article.sentences[first]?.block;
  let before = '';
  for (let k = first - 1; k >= 0 && article.sentences[k]?.block === block; k--) {
    before = `${article.sentences[k]!.text} ${before}`;
  }
  if (!before) return null;
  if (before.lastIndexOf('“') > before.lastIndexOf('”')) return '“';
  if ((before.match(/"/g) ?? []).length % 2 === 1) return '"';
  return null;
}

/**
 * Quoted passages of a cell, counting a quote opened in an earlier sentence of the same paragraph. `find` is
 * `findQuotes` or a cache of it (the list it gives may then be shared, read only, by every cell of the same text).
 */
export function cellQuotes(
  article: Article,
  first: number,
  text: string,
  find: (text: string) => QuoteSpan[] = findQuotes,
): QuoteSpan[] {
  const open = openQuoteBefore(article, first);
  // A sentence that starts with a mark reopens the quote itself (a new quote, or a mark repeated).
  if (!open || /^\s*["“”]/.test(text)) return find(text);
  // Read the cell as if the mark were repeated at its start, then shift offsets back onto the cell's own text.
  return find(open + text).map((x) => ({ ...x, start: Math.max(0, x.start - 1), end: x.end - 1 }));
}

export function buildInsightContext(event: Event, articles: readonly Article[]): InsightContext {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const list: Article[] = [];
  for (const id of event.articleIds) {
    const a = byId.get(id);
    if (a) list.push(a);
  }
  const index = new Map(list.map((a, i) => [a.id, i]));
  const cells: Map<number, string>[] = [];
  const quoteMaps: Map<number, QuoteSpan[]>[] = [];
  const pairs: RowPair[] = [];
  const diff = createWordDiffer();
  // Copies print the same cell texts: each is searched for quotes once, its list shared by the cells (read only).
  const quotesFound = new Map<string, QuoteSpan[]>();
  const findQuotesOnce = (text: string) => {
    let found = quotesFound.get(text);
    if (!found) quotesFound.set(text, (found = findQuotes(text)));
    return found;
  };
  // Copies print the same cell text in many rows' articles: each text's words are counted once.
  const wordsOfText = new Map<string, number>();
  const cellWords = (text: string) => {
    let n = wordsOfText.get(text);
    if (n === undefined) wordsOfText.set(text, (n = wordCount(text)));
    return n;
  };
  // Copies print the same cell text in many articles: each pair of texts is diffed once for the event, and its pairs
  // share the spans (read only), so a detector may also key its own per-text-pair work on them.
  const diffs = new Map<string, Map<string, PairDiff>>();
  const diffOf = (textA: string, textB: string) => {
    let inner = diffs.get(textA);
    if (!inner) diffs.set(textA, (inner = new Map()));
    let d = inner.get(textB);
    if (!d) {
      // Syndicated copy is often printed verbatim: no need to diff what is identical.
      const spans: Span[] = textA === textB ? [{ op: 'equal', text: textA }] : diff(textA, textB);
      inner.set(textB, (d = { spans, ...spanStats(spans), places: null }));
    }
    return d;
  };
  event.rows.forEach((row, r) => {
    const m = new Map<number, string>();
    const q = new Map<number, QuoteSpan[]>();
    for (const [id, sentenceIdx] of Object.entries(row.cells)) {
      const i = index.get(id);
      const article = i === undefined ? undefined : list[i];
      if (i === undefined || !article || sentenceIdx.length === 0) continue;
      const text = sentenceIdx
        .map((s) => article.sentences[s]?.text ?? '')
        .filter(Boolean)
        .join(' ');
      if (!text) continue;
      m.set(i, text);
      q.set(i, cellQuotes(article, sentenceIdx[0]!, text, findQuotesOnce));
    }
    // Object key order must not matter: iterate in article order.
    const sorted = new Map([...m.entries()].sort((x, y) => x[0] - y[0]));
    cells.push(sorted);
    quoteMaps.push(q);
    const present = [...sorted.keys()];
    const counts = present.map((i) => cellWords(sorted.get(i)!));
    const quotes = present.map((i) => q.get(i) ?? []);
    for (let x = 0; x < present.length; x++) {
      for (let y = x + 1; y < present.length; y++) {
        const a = present[x]!;
        const b = present[y]!;
        const textA = sorted.get(a)!;
        const textB = sorted.get(b)!;
        const d = diffOf(textA, textB);
        const { spans, equalWords, longestRun } = d;
        pairs.push({
          row: r,
          a,
          b,
          textA,
          textB,
          spans,
          wordsA: counts[x]!,
          wordsB: counts[y]!,
          equalWords,
          longestRun,
          sharedQuoted:
            quotes[x]!.length === 0 && quotes[y]!.length === 0
              ? 0
              : sharedQuotedWords((d.places ??= equalWordPlaces(spans)), quotes[x]!, quotes[y]!),
        });
      }
    }
  });
  return { event, articles: list, cells, quotes: quoteMaps, pairs, diff };
}

/** Stable number formatting for labels: whole percent. */
export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}
