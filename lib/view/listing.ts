import type { Article, Event, OutletRef } from '../types';
import { outletColour, type OutletColour } from './colour';
import { compareText } from '../text/compare';

/**
 * How much of an event the outlets told alike: the share of aligned rows that every article in the event carries.
 * A single-article event has no agreement to measure (`share` is null).
 */
export interface Agreement {
  shared: number;
  rows: number;
  share: number | null;
}

/**
 * An event as a list needs it: with its rows, or as the site's listing holds it, their counts (`rowCount`, and
 * `sharedRows` counted from the rows by this same function when the build wrote the listing: lib/export/data.ts).
 */
export type ListableEvent = Pick<Event, 'id' | 'title' | 'date' | 'articleIds'> &
  (Pick<Event, 'rows'> | { rowCount: number; sharedRows: number });

export function eventAgreement(
  event: Pick<Event, 'articleIds'> & (Pick<Event, 'rows'> | { rowCount: number; sharedRows: number }),
): Agreement {
  const ids = event.articleIds;
  const rows = 'rows' in event ? event.rows.length : event.rowCount;
  if (ids.length < 2) return { shared: 0, rows, share: null };
  const shared =
    'rows' in event
      ? event.rows.filter((r) => ids.every((id) => (r.cells[id]?.length ?? 0) > 0)).length
      : event.sharedRows;
  return { shared, rows, share: rows === 0 ? 0 : shared / rows };
}

/** One line a reader understands: "4 of 31 passages told by all 3 outlets (13%)". */
export function agreementText(agreement: Agreement, outletCount: number): string {
  if (agreement.share === null) return 'One outlet only';
  const pct = Math.round(agreement.share * 100);
  const all = outletCount === 2 ? 'both outlets' : `all ${outletCount} outlets`;
  return `${agreement.shared} of ${agreement.rows} passages told by ${all} (${pct}%)`;
}

export interface ColouredOutlet {
  id: string;
  name: string;
  colour: OutletColour;
}

export function colouredOutlet(outlet: OutletRef): ColouredOutlet {
  return { id: outlet.id, name: outlet.name, colour: outletColour(outlet.id) };
}

export interface ListedEvent {
  id: string;
  title: string;
  date: string | null;
  /** Distinct outlets in the event, by name then id. */
  outlets: ColouredOutlet[];
  articleCount: number;
  agreement: string;
  /** Share of rows told by all (0–1), null for single-outlet events; drives a small bar. */
  share: number | null;
}

export interface Day {
  /** `YYYY-MM-DD`, or null for events without a date (listed last). */
  date: string | null;
  events: ListedEvent[];
}

function distinctOutlets(articles: readonly Pick<Article, 'outlet'>[]): ColouredOutlet[] {
  const byId = new Map<string, OutletRef>();
  for (const a of articles) if (!byId.has(a.outlet.id)) byId.set(a.outlet.id, a.outlet);
  return [...byId.values()]
    .sort((x, y) => compareText(x.name, y.name) || compareText(x.id, y.id))
    .map(colouredOutlet);
}

export function listedEvent<A extends Pick<Article, 'outlet'>>(
  event: ListableEvent,
  articlesById: ReadonlyMap<string, A>,
): ListedEvent {
  const articles = event.articleIds.map((id) => articlesById.get(id)).filter((a): a is A => a !== undefined);
  const outlets = distinctOutlets(articles);
  const agreement = eventAgreement(event);
  return {
    id: event.id,
    title: event.title,
    date: event.date,
    outlets,
    articleCount: articles.length,
    agreement: agreementText(agreement, articles.length),
    share: agreement.share,
  };
}

/**
 * Events grouped by day, newest day first; within a day, events with more articles first, then by title and id.
 * Undated events form one last group.
 */
export function eventsByDay(
  events: readonly ListableEvent[],
  articles: readonly Pick<Article, 'id' | 'outlet'>[],
): Day[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const groups = new Map<string | null, ListedEvent[]>();
  for (const event of events) {
    const list = groups.get(event.date) ?? [];
    list.push(listedEvent(event, byId));
    groups.set(event.date, list);
  }
  const days = [...groups.entries()].map(([date, list]) => ({
    date,
    events: list.sort(
      (x, y) => y.articleCount - x.articleCount || compareText(x.title, y.title) || compareText(x.id, y.id),
    ),
  }));
  return days.sort((x, y) => {
    if (x.date === y.date) return 0;
    if (x.date === null) return 1;
    if (y.date === null) return -1;
    return compareText(y.date, x.date);
  });
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2022-03-11` → `11 March 2022`, without Date (no time zone can shift the day); null → `Undated`. */
export function formatDay(date: string | null): string {
  if (date === null) return 'Undated';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : date;
}

/** An outlet's articles (as author or publisher), newest first, then by id. */
export function outletArticles<A extends Pick<Article, 'id' | 'date' | 'outlet' | 'publisher'>>(
  outletId: string,
  articles: readonly A[],
): A[] {
  return articles
    .filter((a) => a.outlet.id === outletId || a.publisher?.id === outletId)
    .sort((x, y) => compareText(y.date ?? '', x.date ?? '') || compareText(x.id, y.id));
}

/** Every outlet that wrote or published an article, by id. */
export function allOutlets(articles: readonly Pick<Article, 'outlet' | 'publisher'>[]): OutletRef[] {
  const byId = new Map<string, OutletRef>();
  for (const a of articles) {
    if (!byId.has(a.outlet.id)) byId.set(a.outlet.id, a.outlet);
    if (a.publisher && !byId.has(a.publisher.id)) byId.set(a.publisher.id, a.publisher);
  }
  return [...byId.values()].sort((x, y) => compareText(x.id, y.id));
}
