import type { Article, CorpusIndex, Diagnostic, Event } from '../types';
import { INDEX_VERSION } from '../types';
import { clusterEvents } from '../events/cluster';
import { assignEventIds, type EventIdRegistry } from '../events/ids';
import { alignEvent } from '../align/align';

export interface BuildInput {
  articles: Article[];
  diagnostics: Diagnostic[];
}

/**
 * corpus → CorpusIndex: cluster articles into events, give them stable ids, align each event's sentences.
 * Pure: the id registry comes in and the updated registry goes out; the caller persists it.
 * Output order is fixed (articles by date, outlet, id; events by date, id) so the same input gives the same bytes.
 */
export function buildIndex(
  input: BuildInput,
  registry: EventIdRegistry,
): { index: CorpusIndex; registry: EventIdRegistry } {
  const articles = [...input.articles].sort(compareArticles);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const groups = clusterEvents(articles);
  const assigned = assignEventIds(groups, articles, registry);
  const events: Event[] = assigned.events.map((event) => {
    const members = event.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
    const rows =
      members.length > 0
        ? alignEvent(members.map((a) => ({ id: a.id, sentences: a.sentences.map((s) => s.text) })))
        : [];
    return { ...event, rows };
  });
  events.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
  const diagnostics = [...input.diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.severity.localeCompare(b.severity) ||
      a.message.localeCompare(b.message),
  );
  return { index: { version: INDEX_VERSION, articles, events, diagnostics }, registry: assigned.registry };
}

export function compareArticles(a: Article, b: Article): number {
  return (
    (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
    a.outlet.id.localeCompare(b.outlet.id) ||
    a.id.localeCompare(b.id)
  );
}
