import type { Article } from '../types';
import {
  type EventView,
  type RowPair,
  listNames,
  outletName,
  percent,
  possessive,
  trimSpan,
  wordCount,
} from './context';
import { creditWeight } from './credits';
import type { CopyPairInsight, CopyRowInsight, Credit } from './types';

/**
 * Copied wire text: a row where two articles print near-verbatim the same sentence. "Near-verbatim" is measured on the
 * word diff: most of the shorter side's words sit in equal spans, and at least one long run is unbroken. Paraphrase
 * (same facts, own words) stays well under the bar; a rewrite that keeps a wire sentence and adds "at least" passes.
 * What it gives up: sentences shorter than MIN_WORDS (stock phrases like "There was no immediate comment" are shared
 * by chance), and copying that was reworded heavily.
 */
export const COPY_MIN_WORDS = 8;
export const COPY_MIN_SIMILARITY = 0.7;
export const COPY_MIN_RUN = 5;

export interface CopyStats {
  equalWords: number;
  longestRun: number;
  similarity: number;
  shorter: number;
}

export function copyStats(pair: RowPair): CopyStats {
  const shorter = Math.min(pair.wordsA, pair.wordsB);
  return {
    equalWords: pair.equalWords,
    longestRun: pair.longestRun,
    shorter,
    similarity: shorter > 0 ? pair.equalWords / shorter : 0,
  };
}

export function isCopy(stats: CopyStats): boolean {
  return (
    stats.shorter >= COPY_MIN_WORDS &&
    stats.similarity >= COPY_MIN_SIMILARITY &&
    stats.longestRun >= COPY_MIN_RUN
  );
}

/**
 * Which of two articles is the source: the one the other credits (text credits weigh more than photo credits), else
 * the one published earlier; undefined when nothing tells them apart.
 */
export function copySource(a: Article, b: Article, credits: readonly Credit[]): Article | undefined {
  const bCreditsA = creditWeight(credits, b.id, a.outlet.id);
  const aCreditsB = creditWeight(credits, a.id, b.outlet.id);
  if (bCreditsA > aCreditsB) return a;
  if (aCreditsB > bCreditsA) return b;
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? a : b;
  return undefined;
}

function quoteList(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max).map((w) => `“${w}”`);
  return shown.join(', ') + (items.length > max ? ', …' : '');
}

export function copyInsights(
  view: EventView,
  credits: readonly Credit[],
): (CopyRowInsight | CopyPairInsight)[] {
  const rowInsights: CopyRowInsight[] = [];
  const perPair = new Map<string, { a: number; b: number; rows: number[]; shared: number }>();
  const sources = new Map<string, Article | undefined>();
  for (const pair of view.pairs) {
    const stats = copyStats(pair);
    if (!isCopy(stats)) continue;
    const A = view.articles[pair.a]!;
    const B = view.articles[pair.b]!;
    const key = `${pair.a}:${pair.b}`;
    if (!sources.has(key)) sources.set(key, copySource(A, B, credits));
    const source = sources.get(key);
    const fromB = source === B;
    const added: string[] = [];
    const removed: string[] = [];
    for (const s of pair.spans) {
      if (s.op === 'equal') continue;
      const t = trimSpan(s.text);
      if (wordCount(t) === 0) continue;
      const isInsert = s.op === 'insert';
      // Spans are a→b; when b is the source, what b "inserts" is what a dropped.
      (isInsert !== fromB ? added : removed).push(t);
    }
    const [orig, copy] = fromB ? [B, A] : [A, B];
    let label: string;
    if (source) {
      const changes = [
        added.length ? `adding ${quoteList(added)}` : '',
        removed.length ? `dropping ${quoteList(removed)}` : '',
      ].filter(Boolean);
      label =
        `${outletName(copy)} reuses ${possessive(outletName(orig))} wording` +
        (changes.length ? `, ${changes.join(', ')}` : '');
    } else {
      const changes = [...added, ...removed];
      label =
        `${outletName(A)} and ${outletName(B)} print near-identical text` +
        (changes.length ? ` (differing in ${quoteList(changes)})` : ' (word for word)');
    }
    rowInsights.push({
      kind: 'copy',
      scope: 'row',
      articles: [A.id, B.id],
      outlets: [A.outlet.id, B.outlet.id],
      rows: [pair.row],
      words: [...added, ...removed],
      label,
      ...(source ? { source: source.id } : {}),
      similarity: Math.round(stats.similarity * 1000) / 1000,
      added,
      removed,
    });
    let p = perPair.get(key);
    if (!p) perPair.set(key, (p = { a: pair.a, b: pair.b, rows: [], shared: 0 }));
    p.rows.push(pair.row);
    p.shared += stats.equalWords;
  }

  const totals = view.articles.map((a) => a.sentences.reduce((n, s) => n + wordCount(s.text), 0));
  const pairInsights: CopyPairInsight[] = [];
  for (const [key, p] of [...perPair.entries()].sort((x, y) => x[1].a - y[1].a || x[1].b - y[1].b)) {
    const A = view.articles[p.a]!;
    const B = view.articles[p.b]!;
    const shares: [number, number] = [
      Math.min(1, p.shared / Math.max(1, totals[p.a] ?? 0)),
      Math.min(1, p.shared / Math.max(1, totals[p.b] ?? 0)),
    ];
    const pairCredits = credits.filter(
      (c) =>
        (c.article === A.id && c.outlet === B.outlet.id) || (c.article === B.id && c.outlet === A.outlet.id),
    );
    const source = sources.get(key);
    const creditNote = pairCredits.length
      ? `; ${listNames([...new Set(pairCredits.map((c) => `“${c.text}”`))])}`
      : '';
    const n = p.rows.length;
    pairInsights.push({
      kind: 'copy',
      scope: 'pair',
      articles: [A.id, B.id],
      outlets: [A.outlet.id, B.outlet.id],
      rows: [...p.rows].sort((x, y) => x - y),
      words: [],
      label:
        `${outletName(A)} and ${outletName(B)} share ${n} ${n === 1 ? 'passage' : 'passages'} near-verbatim ` +
        `(${percent(shares[0])} of ${possessive(outletName(A))} text, ${percent(shares[1])} of ${possessive(outletName(B))})` +
        creditNote,
      ...(source ? { source: source.id } : {}),
      sharedWords: p.shared,
      shares: [Math.round(shares[0] * 1000) / 1000, Math.round(shares[1] * 1000) / 1000],
      credits: pairCredits,
    });
  }
  return [...pairInsights, ...rowInsights];
}
