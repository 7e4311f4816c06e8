/**
 * Insights: HOW the outlets of one event differ, named for a reader.
 *
 * Usage (build time, once per event; pure and synchronous):
 *
 *   import { computeInsights, summariseOutlets } from '@/lib/insights';
 *   const insights = computeInsights(event, index.articles); // Insight[]
 *   const strip = summariseOutlets(event, index.articles);   // OutletSummary[], one per article in event order
 *
 * Every insight has `kind` ('copy' | 'quote' | 'number' | 'name' | 'wording'), `scope` ('row' | 'pair' | 'event'),
 * parallel `articles` / `outlets` (ids), `rows` (indices into event.rows, ascending: link them as `#r<N>`), `words`
 * (the words involved, as printed) and a one-line `label` naming outlets by their display name. Kind-specific detail:
 * copy/row `source?`, `similarity`, `added`, `removed`; copy/pair `shares` (of each article's words), `credits`;
 * quote `renderings` (text, verb, speaker per outlet) and `changes`; number `figures`; name `variants`;
 * wording `swaps`. Order: kind (copy, quote, number, name, wording), pair/event totals before rows, then by first row.
 * `articles` may be the whole index: only the event's own articles are read.
 */
import type { Article, Event } from '../types';
import { buildEventView } from './context';
import { copyInsights } from './copy';
import { findCredits } from './credits';
import { nameInsights } from './names';
import { numberInsights } from './numbers';
import { quoteInsights } from './quotes';
import type { Insight } from './types';
import { wordingInsights } from './wording';

export type * from './types';
export { summariseOutlets } from './summary';
export { findCredits } from './credits';

export function computeInsights(event: Event, articles: readonly Article[]): Insight[] {
  const view = buildEventView(event, articles);
  if (view.articles.length < 2) return [];
  const credits = findCredits(view.articles);
  return [
    ...copyInsights(view, credits),
    ...quoteInsights(view),
    ...numberInsights(view),
    ...nameInsights(view),
    ...wordingInsights(view),
  ];
}
