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
 * (the words involved, as printed) and a one-line `label` as parts (`{text}`, `{word}` as printed, `{outlet}` id);
 * `labelText(insight.label, outletNamer(articles))` reads it as plain text. Kind-specific detail:
 * - copy/event: a group of 3+ articles that are mostly one text (wire story and carriers): `shares` per article,
 *   `source?` / `sourceBasis?` ('credit' | 'date'), `credits`;
 * - copy/pair: two articles outside a shared group: `shares` [a, b], `sharedWords`, `source?`, `credits`;
 * - copy/row: the articles of one row that print near-verbatim the same text: `source?`, `similarity`, `copies`
 *   (each with `added` / `removed` words against the source, else against articles[0]);
 * - quote/row: `renderings` (text, verb, speaker, row per article) and `changes` (from renderings[0] to each other);
 * - number/row: `figures` (text, value, qualifier, noun per article); name/event: `variants` (spelling → articles);
 * - wording/row: `swaps` of the row (from/to with the articles printing each side); wording/pair: a pair's swaps.
 * Order: kind (copy, quote, number, name, wording); within copy and wording, event/pair totals before rows; then by
 * row. Big syndicated events stay readable: one copy insight per row cluster, pair insights only for an article's
 * three closest partners outside its group. `articles` may be the whole index: only the event's own are read.
 * Cost: one word diff per pair of articles sharing a row (about 50 ms for a three-outlet BASIL event, about 1 s for
 * a 31-outlet Ground News story on a busy machine).
 */
import type { Article, Event, Insight } from '../types';
import { buildInsightContext } from './context';
import { copyInsights } from './copy';
import { findCredits } from './credits';
import { nameInsights } from './names';
import { numberInsights } from './numbers';
import { quoteInsights } from './quotes';
import { wordingInsights } from './wording';

export { summariseOutlets } from './summary';
export { findCredits } from './credits';
export { labelText, outletNamer, partText } from './label';

export function computeInsights(event: Event, articles: readonly Article[]): Insight[] {
  const view = buildInsightContext(event, articles);
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
