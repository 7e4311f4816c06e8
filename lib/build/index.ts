import { createHash } from 'node:crypto';
import type { Article, CorpusIndex, Diagnostic, Event, Row } from '../types';
import { INDEX_VERSION } from '../types';
import { clusterEvents } from '../events/cluster';
import { assignEventIds, type EventIdRegistry } from '../events/ids';
import { alignEvent } from '../align/align';
import { computeInsights } from '../insights';

export interface BuildInput {
  articles: Article[];
  diagnostics: Diagnostic[];
}

/**
 * What a build can reuse from an earlier one: the rows of an event whose member articles (ids and sentences) are
 * unchanged. Keys are content hashes, so a stale entry is never wrong, only unused.
 */
export interface BuildCache {
  rows: Map<string, Row[]>;
}

export function createBuildCache(): BuildCache {
  return { rows: new Map() };
}

function alignmentKey(members: readonly Article[]): string {
  const h = createHash('sha1');
  for (const a of members) {
    h.update(a.id).update('\u0000');
    for (const s of a.sentences) h.update(s.text).update('\u0001');
    h.update('\u0002');
  }
  return h.digest('hex');
}

/**
 * corpus → CorpusIndex: cluster articles into events, give them stable ids, align each event's sentences.
 * Pure: the id registry comes in and the updated registry goes out; the caller persists it.
 * Output order is fixed (articles by date, outlet, id; events by date, id) so the same input gives the same bytes.
 */
export function buildIndex(
  input: BuildInput,
  registry: EventIdRegistry,
  cache?: BuildCache,
): { index: CorpusIndex; registry: EventIdRegistry } {
  const articles = [...input.articles].sort(compareArticles);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const groups = clusterEvents(articles);
  const assigned = assignEventIds(groups, articles, registry);
  const events: Event[] = assigned.events.map((event) => {
    const members = event.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
    const key = cache ? alignmentKey(members) : '';
    let rows = cache?.rows.get(key);
    if (!rows) {
      rows =
        members.length > 0
          ? alignEvent(members.map((a) => ({ id: a.id, sentences: a.sentences.map((s) => s.text) })))
          : [];
      cache?.rows.set(key, rows);
    }
    return { ...event, rows, insights: computeInsights({ ...event, rows }, members) };
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
