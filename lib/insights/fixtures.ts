import type { Article, Event, Insight, Row } from '../types';
import { labelText, outletNamer } from './label';

/**
 * Hand-built articles and events for the insight tests: short sentences, rows written out, so each test shows exactly
 * which sentences the aligner put together. Not used by the build.
 */
export function fixtureArticle(
  id: string,
  outlet: string,
  name: string,
  sentences: readonly string[],
  options: { removed?: string[]; date?: string } = {},
): Article {
  return {
    id,
    file: `${id}.txt`,
    outlet: { id: outlet, name },
    date: options.date ?? '2022-03-11',
    dateSource: 'date-line',
    title: sentences[0] ?? '',
    titleSource: 'derived',
    blocks: sentences.map((text) => ({ kind: 'paragraph' as const, text })),
    removed: (options.removed ?? []).map((text) => ({ text, reason: 'photo caption' })),
    sentences: sentences.map((text, block) => ({ text, block })),
    warnings: [],
  };
}

/** An event over `articles` with one row per entry of `rows` (article id → sentence indices). */
export function fixtureEvent(articles: readonly Article[], rows: readonly Record<string, number[]>[]): Event {
  return {
    id: 'fixture-event',
    date: articles[0]?.date ?? null,
    title: 'Fixture event',
    articleIds: articles.map((a) => a.id),
    rows: rows.map((cells): Row => ({ cells, score: 1 })),
  };
}

/** An insight's label as a reader sees it, outlets named as `articles` name them. */
export function readLabel(insight: Insight, articles: readonly Article[]): string {
  return labelText(insight.label, outletNamer(articles));
}
