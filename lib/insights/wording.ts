import { STOPWORDS, contentStems } from '../text/tokens';
import { type EventView, listNames, outletName, trimSpan, wordCount, words } from './context';
import { copyStats } from './copy';
import { nameKey } from './names';
import { type QuoteSpan, findQuotes } from './quotes';
import type { Swap, WordingInsight } from './types';

/**
 * Words swapped at the same place: in a row where two sentences mostly agree, a short run of one outlet's words stands
 * where the other printed different words ("remarks"/"comments", "invasion"/"military operation"). The place is the
 * word diff's: a deletion and an insertion side by side between equal words.
 * Left to other insights: changes inside quotes (quote), figures (number), name spellings (name). Skipped as noise:
 * inflections ("comment"/"comments"), function-word swaps ("on"/"from", "said"/"told" — STOPWORDS) and long rewrites (more than MAX_SWAP_WORDS a side).
 * What it gives up: swaps in rows whose sentences share less than MIN_ROW_SIMILARITY of their words (there, "the same
 * place" is not well defined).
 */
export const MAX_SWAP_WORDS = 4;
export const MIN_ROW_SIMILARITY = 0.4;

const NUMBER_WORD =
  /^(?:\d.*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)$/i;

function insideQuote(ranges: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return ranges.some((r) => start < r.end && end > r.start);
}

function isSwap(from: string, to: string): boolean {
  const wf = words(from);
  const wt = words(to);
  if (wf.length === 0 || wt.length === 0 || wf.length > MAX_SWAP_WORDS || wt.length > MAX_SWAP_WORDS)
    return false;
  const content = (ws: string[]) => ws.some((w) => !STOPWORDS.has(w.toLowerCase()));
  if (!content(wf) || !content(wt)) return false;
  if ([...wf, ...wt].some((w) => NUMBER_WORD.test(w))) return false;
  // Inflection only ("comment"/"comments"): the same word, not a different choice.
  if (contentStems(from).join(' ') === contentStems(to).join(' ')) return false;
  if (wf.length === 1 && wt.length === 1 && /^\p{Lu}/u.test(wf[0]!) && nameKey(wf[0]!) === nameKey(wt[0]!))
    return false;
  return true;
}

export function wordingInsights(view: EventView): WordingInsight[] {
  const rowInsights: WordingInsight[] = [];
  const perPair = new Map<string, { a: number; b: number; swaps: Swap[] }>();
  const quoteCache = new Map<string, QuoteSpan[]>();
  const quotesOf = (row: number, article: number, text: string) => {
    const key = `${row}:${article}`;
    let q = quoteCache.get(key);
    if (!q) quoteCache.set(key, (q = findQuotes(text)));
    return q;
  };
  for (const pair of view.pairs) {
    const stats = copyStats(pair);
    if (stats.similarity < MIN_ROW_SIMILARITY) continue;
    const quotesA = quotesOf(pair.row, pair.a, pair.textA);
    const quotesB = quotesOf(pair.row, pair.b, pair.textB);
    const swaps: Swap[] = [];
    let posA = 0;
    let posB = 0;
    let from = '';
    let to = '';
    let fromStart = 0;
    let toStart = 0;
    let sawEqualBefore = false;
    const flush = (equalAfter: boolean) => {
      // A change at either edge of the sentence has no anchor on one side; require equal words on at least one.
      if ((sawEqualBefore || equalAfter) && isSwap(from, to)) {
        const inQuote =
          insideQuote(quotesA, fromStart, fromStart + from.length) ||
          insideQuote(quotesB, toStart, toStart + to.length);
        if (!inQuote) swaps.push({ row: pair.row, from: trimSpan(from), to: trimSpan(to) });
      }
      from = '';
      to = '';
    };
    for (const s of pair.spans) {
      if (s.op === 'equal') {
        const textB = s.textB ?? s.text;
        if (wordCount(s.text) > 0) {
          flush(true);
          sawEqualBefore = true;
        }
        posA += s.text.length;
        posB += textB.length;
        fromStart = posA;
        toStart = posB;
      } else if (s.op === 'delete') {
        if (!from) fromStart = posA;
        from += s.text;
        posA += s.text.length;
      } else {
        if (!to) toStart = posB;
        to += s.text;
        posB += s.text.length;
      }
    }
    flush(false);
    if (swaps.length === 0) continue;
    const A = view.articles[pair.a]!;
    const B = view.articles[pair.b]!;
    rowInsights.push({
      kind: 'wording',
      scope: 'row',
      articles: [A.id, B.id],
      outlets: [A.outlet.id, B.outlet.id],
      rows: [pair.row],
      words: swaps.flatMap((s) => [s.from, s.to]),
      label: swaps.map((s) => `“${s.from}” (${outletName(A)}) / “${s.to}” (${outletName(B)})`).join('; '),
      swaps,
    });
    const key = `${pair.a}:${pair.b}`;
    let p = perPair.get(key);
    if (!p) perPair.set(key, (p = { a: pair.a, b: pair.b, swaps: [] }));
    p.swaps.push(...swaps);
  }
  const pairInsights: WordingInsight[] = [...perPair.values()]
    .sort((x, y) => x.a - y.a || x.b - y.b)
    .map((p) => {
      const A = view.articles[p.a]!;
      const B = view.articles[p.b]!;
      const n = p.swaps.length;
      const shown = p.swaps.slice(0, 3).map((s) => `“${s.from}” / “${s.to}”`);
      return {
        kind: 'wording' as const,
        scope: 'pair' as const,
        articles: [A.id, B.id],
        outlets: [A.outlet.id, B.outlet.id],
        rows: [...new Set(p.swaps.map((s) => s.row))].sort((x, y) => x - y),
        words: p.swaps.flatMap((s) => [s.from, s.to]),
        label: `${listNames([outletName(A), outletName(B)])} swap ${n} ${n === 1 ? 'wording' : 'wordings'}: ${shown.join(', ')}${n > 3 ? ', …' : ''}`,
        swaps: p.swaps,
      };
    });
  return [...pairInsights, ...rowInsights];
}
