import type { OutletDocs, SearchMeta } from './files';

/**
 * What a reader narrowed a search to: rows any of `outlets` has a sentence in (none listed: every outlet), of events
 * dated `from` … `to` inclusive (null: open). The URL holds it, so a filtered search is a permalink:
 * `?q=talks&outlet=afp&outlet=reuters&from=2022-03-01&to=2022-03-31`.
 */
export interface SearchFilter {
  /** Outlet ids, distinct and sorted. */
  outlets: string[];
  from: string | null;
  to: string | null;
}

export const NO_FILTER: SearchFilter = { outlets: [], from: null, to: null };

/** A calendar date written `YYYY-MM-DD` (2022-02-30 is not one), or null. */
export function isoDate(value: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value?.trim() ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
    ? m[0]
    : null;
}

/**
 * The query and filter a search URL holds. Forgiving, as links get typed and cut: a date that is not one is dropped,
 * a range given backwards is turned round, outlets are read lower-case, once each, in order.
 */
export function readSearchParams(params: URLSearchParams): { query: string; filter: SearchFilter } {
  let from = isoDate(params.get('from'));
  let to = isoDate(params.get('to'));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const outlets = [
    ...new Set(
      params
        .getAll('outlet')
        .map((o) => o.trim().toLowerCase())
        .filter((o) => o !== ''),
    ),
  ].sort(compareCodeUnits);
  return { query: (params.get('q') ?? '').trim(), filter: { outlets, from, to } };
}

/** The query string (without `?`) that readSearchParams reads back as the same search; empty parts left out. */
export function searchParamsString(query: string, filter: SearchFilter): string {
  const params = new URLSearchParams();
  if (query.trim() !== '') params.set('q', query.trim());
  for (const o of [...new Set(filter.outlets)].sort(compareCodeUnits)) params.append('outlet', o);
  if (filter.from !== null) params.set('from', filter.from);
  if (filter.to !== null) params.set('to', filter.to);
  return params.toString();
}

export function isFiltered(filter: SearchFilter): boolean {
  return filter.outlets.length > 0 || filter.from !== null || filter.to !== null;
}

/**
 * The document ranges `[start, end)` whose event date lies in `from` … `to`, from meta.json's day runs. Undated
 * events fall outside any range with a bound. Ranges come in document order and never overlap.
 */
export function dateRanges(
  days: SearchMeta['days'],
  docs: number,
  from: string | null,
  to: string | null,
): [number, number][] {
  const out: [number, number][] = [];
  days.forEach(([date, start], i) => {
    const end = days[i + 1]?.[1] ?? docs;
    const inside =
      (from === null && to === null) || (date !== '' && (from ?? date) <= date && date <= (to ?? date));
    if (!inside || end <= start) return;
    const last = out[out.length - 1];
    if (last && last[1] === start) last[1] = end;
    else out.push([start, end]);
  });
  return out;
}

/** Gap-coded document ids → the ids. */
export function decodeDocIds(gaps: OutletDocs): number[] {
  const out: number[] = [];
  let doc = 0;
  gaps.forEach((g, i) => {
    doc = i === 0 ? g : doc + g;
    out.push(doc);
  });
  return out;
}

/**
 * Whether a document passes the filter: inside one of the date ranges (null: no date bound) and carried by one of
 * the filtered outlets (null: no outlet named). An outlet filter naming only unknown outlets passes nothing.
 */
export function documentFilter(
  ranges: readonly (readonly [number, number])[] | null,
  outletDocs: readonly (readonly number[])[] | null,
): (doc: number) => boolean {
  const carried = outletDocs === null ? null : new Set(outletDocs.flat());
  return (doc) => {
    if (carried !== null && !carried.has(doc)) return false;
    if (ranges === null) return true;
    // Binary search: the last range starting at or before doc.
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]![0] <= doc) lo = mid + 1;
      else hi = mid - 1;
    }
    const r = ranges[hi];
    return r !== undefined && doc < r[1];
  };
}

/**
 * Facet counts: of the matched documents, how many each outlet carries (a row two outlets printed counts for both),
 * for the outlets whose document lists are at hand, in their given order.
 */
export function countByOutlet(
  docs: readonly number[],
  outlets: readonly { id: string; docs: readonly number[] }[],
): { id: string; count: number }[] {
  return outlets.map(({ id, docs: carried }) => {
    const set = new Set(carried);
    return { id, count: docs.reduce((n, d) => n + (set.has(d) ? 1 : 0), 0) };
  });
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
