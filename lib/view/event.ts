import type { Article, Event } from '../types';
import {
  buildComparison,
  defaultBase,
  defaultVisibleColumns,
  pairSlugs,
  type Comparison,
} from './comparison';
import { eventAgreement, agreementText } from './listing';
import { compareText } from '../text/compare';
import { insightsView, type InsightsView } from './insights';

/** The event an old id (Event.aliases) now lives under, if any; real ids win over aliases. */
export function aliasTarget<E extends Pick<Event, 'id' | 'aliases'>>(
  index: { events: readonly E[] },
  id: string,
): E | undefined {
  if (index.events.some((e) => e.id === id)) return undefined;
  return index.events.filter((e) => e.aliases?.includes(id)).sort((a, b) => compareText(a.id, b.id))[0];
}

/** Every event id and every alias, for generateStaticParams. */
export function eventPaths(index: { events: readonly Pick<Event, 'id' | 'aliases'>[] }): string[] {
  const ids = index.events.map((e) => e.id);
  const known = new Set(ids);
  const aliases = index.events.flatMap((e) => e.aliases ?? []).filter((a) => !known.has(a));
  return [...ids, ...[...new Set(aliases)].sort()];
}

export interface EventPageView {
  comparison: Comparison;
  defaultVisible: string[];
  defaultBase: string;
  agreement: string;
  pairs: { slug: string; a: string; b: string; label: string }[];
}

export function eventView(event: Event, articles: readonly Article[], maxColumns = 3): EventPageView {
  const comparison = buildComparison(event, articles);
  const defaultVisible = defaultVisibleColumns(comparison, maxColumns);
  const nameOf = (key: string) => comparison.columns.find((c) => c.key === key)?.outlet.name ?? key;
  return {
    comparison,
    defaultVisible,
    defaultBase: defaultBase(comparison, defaultVisible) ?? comparison.columns[0]?.key ?? '',
    agreement: agreementText(eventAgreement(event), comparison.columns.length),
    pairs: pairSlugs(comparison.columns).map((p) => ({ ...p, label: `${nameOf(p.a)} vs ${nameOf(p.b)}` })),
  };
}

/**
 * What an event's pages show: the comparison view and its insights panel, one computation for the event page and its
 * page of all findings (app/events/[eventId]/findings).
 */
export function eventPageParts(
  event: Event,
  articles: readonly Article[],
): { view: EventPageView; insights: InsightsView } {
  const view = eventView(event, articles);
  return { view, insights: insightsView(event, articles, view.comparison.columns, view.defaultVisible) };
}
