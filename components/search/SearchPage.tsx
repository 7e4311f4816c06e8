'use client';

import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import type { SearchMeta } from '@/lib/search/files';
import {
  countByOutlet,
  isFiltered,
  isoDate,
  NO_FILTER,
  readSearchParams,
  searchParamsString,
  type SearchFilter,
} from '@/lib/search/filters';
import { searchIndex } from '@/lib/search/run';
import { queryTerms, snippetFragments, type Fragment } from '@/lib/search/terms';

/**
 * Results per page: each result may need its own chunk file, so a page of 20 fetches at most 20 small files; "Show
 * more" adds the next 20 (shards and chunks already fetched are reused).
 */
const PAGE = 20;

interface Result {
  eventId: string;
  title: string;
  date: string | null;
  outlets: string[];
  row: number;
  cells: { outlet: string; fragments: Fragment[] }[];
}

/** The outcome of the last finished search; a query that differs from `query` is still loading. */
type State =
  | { status: 'idle'; key: '' }
  | {
      status: 'done';
      /** The URL's query string the results answer. */
      key: string;
      query: string;
      filter: SearchFilter;
      total: number;
      results: Result[];
      /** Matches per filtered outlet (facet counts), in the filter's order. */
      counts: { name: string; count: number }[];
    }
  | { status: 'error'; key: string; message: string };

// One fetch per file per page visit: shards and chunks are immutable within a build.
const files = new Map<string, Promise<unknown>>();
function fetchJson<T>(url: string): Promise<T> {
  let p = files.get(url);
  if (!p) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${r.status} for ${url}`);
      return r.json();
    });
    p.catch(() => files.delete(url));
    files.set(url, p);
  }
  return p as Promise<T>;
}

async function runSearch(
  dataUrl: string,
  query: string,
  filter: SearchFilter,
  limit: number,
): Promise<{ total: number; results: Result[]; counts: { name: string; count: number }[] }> {
  const run = await searchIndex((path) => fetchJson(`${dataUrl}${path}`), query, filter, limit);
  if (!run) return { total: 0, results: [], counts: [] };
  const names = new Map(run.meta.outlets.map((o) => [o.id, o.name]));
  const counts = countByOutlet(
    run.matches.map((h) => h.doc),
    run.outletDocs,
  ).map((c) => ({ name: names.get(c.id) ?? c.id, count: c.count }));
  const chosen = new Set(run.outletDocs.map((o) => names.get(o.id)));
  const results = run.shown.map(({ doc, event }) => {
    const cells = doc.cells.map((c) => ({
      outlet: c.outlet,
      fragments: snippetFragments(c.text, run.terms),
    }));
    // The filtered outlets' cells first, then cells with a matched word (stable otherwise), at most three: a snippet,
    // not the row, that shows what the outlet the reader chose printed.
    const rank = (c: (typeof cells)[number]) =>
      (chosen.has(c.outlet) ? 0 : 2) + (c.fragments.some((f) => f.mark) ? 0 : 1);
    cells.sort((a, b) => rank(a) - rank(b));
    return {
      eventId: event.id,
      title: event.title,
      date: event.date,
      outlets: event.outlets,
      row: doc.row,
      cells: cells.slice(0, 3),
    };
  });
  return { total: run.matches.length, results, counts };
}

/** The filter in words, for the results' summary: " in AFP (20) or Reuters (16) from 2022-03-01 to 2022-03-31". */
/** "in AFP (3) or Reuters (1) on 2022-03-11": counts where known, else the outlets' names (`names`, ids by default). */
function filterWords(
  filter: SearchFilter,
  counts: { name: string; count: number }[],
  names: readonly string[] = filter.outlets,
): string {
  const outlets =
    filter.outlets.length === 0
      ? ''
      : ` in ${(counts.length > 0 ? counts.map((c) => `${c.name} (${c.count})`) : names).join(' or ')}`;
  const dates =
    filter.from !== null && filter.to !== null
      ? filter.from === filter.to
        ? ` on ${filter.from}`
        : ` from ${filter.from} to ${filter.to}`
      : filter.from !== null
        ? ` from ${filter.from} on`
        : filter.to !== null
          ? ` up to ${filter.to}`
          : '';
  return outlets + dates;
}

/**
 * The search form and results, both read from the URL (`?q=`, `outlet=` once per outlet, `from=`, `to=`: a filtered
 * search is a permalink), so it sits in a Suspense boundary. Everything it fetches is a static file under `dataUrl`
 * (see lib/search/files.ts), so it works offline once the service worker has cached them.
 */
export function SearchPage({ dataUrl, eventsUrl }: { dataUrl: string; eventsUrl: string }) {
  const params = useSearchParams();
  const { query, filter } = readSearchParams(new URLSearchParams(params.toString()));
  // The search as one string: what the effect depends on, and the form's key, so going back to another search
  // resets the form to it.
  const key = searchParamsString(query, filter);
  const [state, setState] = useState<State>({ status: 'idle', key: '' });
  const [meta, setMeta] = useState<SearchMeta | null>(null);
  const [more, setMore] = useState({ key: '', limit: PAGE });
  const limit = more.key === key ? more.limit : PAGE;

  // The outlets and dates the filter offers come with meta.json, which the first search needs anyway.
  useEffect(() => {
    let current = true;
    fetchJson<SearchMeta>(`${dataUrl}meta.json`).then(
      (m) => current && setMeta(m),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [dataUrl]);

  useEffect(() => {
    const search = readSearchParams(new URLSearchParams(key));
    if (search.query === '') return;
    let current = true;
    runSearch(dataUrl, search.query, search.filter, limit).then(
      (r) => current && setState({ status: 'done', key, ...search, ...r }),
      (err: unknown) => current && setState({ status: 'error', key, message: String(err) }),
    );
    return () => {
      current = false;
    };
  }, [dataUrl, key, limit]);

  const go = (q: string, f: SearchFilter) => {
    const qs = searchParamsString(q, f);
    // The browser's own history, which Next's router follows (useSearchParams updates): the router would fetch this
    // page's payload file for another query, and the export has none (scripts/prune.ts).
    const path = window.location.pathname;
    window.history.replaceState(null, '', qs === '' ? path : `${path}?${qs}`);
  };

  return (
    <div>
      <SearchForm key={key} query={query} filter={filter} meta={meta} onSearch={go} />
      <div aria-live="polite" className="mt-6">
        {query === '' ? (
          <p className="text-[var(--muted)]">
            Words are matched by stem, so “talks” also finds “talked”; every word must appear in the same
            passage.
          </p>
        ) : state.key !== key || state.status === 'idle' ? (
          <p>Searching…</p>
        ) : state.status === 'error' ? (
          <p>The search index could not be loaded ({state.message}).</p>
        ) : state.total === 0 ? (
          <p>
            No passage matches “{state.query}”{filterWords(state.filter, state.counts)}.
            {queryTerms(state.query).length === 0
              ? ' Try a more specific word: common words are not indexed.'
              : ''}
            {isFiltered(state.filter) ? (
              <>
                {' '}
                <button type="button" onClick={() => go(state.query, NO_FILTER)} className="underline">
                  Search every outlet and date
                </button>
              </>
            ) : null}
          </p>
        ) : (
          <>
            <p>
              {state.total === 1 ? '1 passage' : `${state.total} passages`} match “{state.query}”
              {filterWords(state.filter, state.counts)}
              {state.total > state.results.length ? `; the best ${state.results.length} are shown.` : '.'}
            </p>
            <ol className="mt-4 flex flex-col gap-4">
              {state.results.map((r) => (
                <li key={`${r.eventId}#${r.row}`} className="border-t border-[var(--rule)] pt-3">
                  <a
                    href={`${eventsUrl}${encodeURIComponent(r.eventId)}/#r${r.row}`}
                    className="font-semibold"
                  >
                    {r.title}
                  </a>
                  <p className="text-sm text-[var(--muted)]">
                    {r.date ?? 'Undated'} · {r.outlets.join(', ')} · passage {r.row}
                  </p>
                  {r.cells.map((c, i) => (
                    <p key={i} className="mt-1">
                      <span className="font-semibold">{c.outlet}: </span>
                      {c.fragments.map((f, j) =>
                        f.mark ? <mark key={j}>{f.text}</mark> : <span key={j}>{f.text}</span>,
                      )}
                    </p>
                  ))}
                </li>
              ))}
            </ol>
            {state.total > state.results.length ? (
              <button
                type="button"
                onClick={() => setMore({ key, limit: limit + PAGE })}
                className="mt-4 rounded border border-[var(--rule)] px-4 py-2 font-semibold"
              >
                Show more results
              </button>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}

/**
 * The form: words, then outlets and dates in a disclosure (open while a filter is set). Its inputs are uncontrolled
 * and read on submit, so the URL stays the one source of the search; a `key` from the URL resets them.
 */
function SearchForm({
  query,
  filter,
  meta,
  onSearch,
}: {
  query: string;
  filter: SearchFilter;
  meta: SearchMeta | null;
  onSearch: (query: string, filter: SearchFilter) => void;
}) {
  const inputId = useId();
  const chosen = new Set(filter.outlets);
  // Outlets the URL names are offered even before meta.json arrives (or when the corpus has no such outlet), so
  // submitting never drops them unseen.
  const known = new Set(meta?.outlets.map((o) => o.id));
  const outlets = [
    ...(meta?.outlets ?? []),
    ...filter.outlets.filter((id) => !known.has(id)).map((id) => ({ id, name: id })),
  ];
  const dated = meta?.days.map(([d]) => d).filter((d) => d !== '') ?? [];
  const [min, max] = [
    dated.reduce((a, b) => (b < a ? b : a), dated[0] ?? ''),
    dated.reduce((a, b) => (b > a ? b : a), ''),
  ];
  const read = (form: HTMLFormElement) => {
    const data = new FormData(form);
    return {
      query: String(data.get('q') ?? '').trim(),
      filter: {
        outlets: data.getAll('outlet').map(String),
        from: isoDate(String(data.get('from') ?? '')),
        to: isoDate(String(data.get('to') ?? '')),
      },
    };
  };
  return (
    <form
      role="search"
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        const { query: q, filter: f } = read(e.currentTarget);
        onSearch(q, f);
      }}
      className="flex flex-wrap items-end gap-2"
    >
      <label htmlFor={inputId} className="flex w-full flex-col gap-1 sm:w-auto sm:grow">
        <span className="font-semibold">Search every outlet’s sentences</span>
        <input
          id={inputId}
          name="q"
          type="search"
          defaultValue={query}
          placeholder="e.g. Lutsk"
          autoComplete="off"
          className="rounded border border-[var(--rule)] bg-[var(--surface)] px-3 py-2"
        />
      </label>
      <button type="submit" className="rounded border border-[var(--rule)] px-4 py-2 font-semibold">
        Search
      </button>
      <details open={isFiltered(filter)} className="w-full">
        <summary className="cursor-pointer py-1">
          Filter by outlet and date
          {isFiltered(filter)
            ? ` (${filterWords(
                filter,
                [],
                outlets.filter((o) => chosen.has(o.id)).map((o) => o.name),
              ).trim()})`
            : ''}
        </summary>
        <fieldset className="mt-2">
          <legend className="font-semibold">Outlets</legend>
          <p className="text-sm text-[var(--muted)]">
            Passages any chosen outlet printed; none chosen: every outlet.
          </p>
          <div className="mt-1 grid grid-cols-2 gap-x-4 sm:grid-cols-3">
            {outlets.map((o) => (
              <label key={o.id} className="flex min-h-6 items-center gap-2">
                <input type="checkbox" name="outlet" value={o.id} defaultChecked={chosen.has(o.id)} />
                {o.name}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="mt-3 flex flex-wrap items-end gap-4">
          <legend className="font-semibold">Event date</legend>
          {(
            [
              ['From', 'from'],
              ['To', 'to'],
            ] as const
          ).map(([label, name]) => (
            <label key={name} className="flex flex-col gap-1">
              {label}
              <input
                type="date"
                name={name}
                defaultValue={filter[name] ?? ''}
                min={min || undefined}
                max={max || undefined}
                className="rounded border border-[var(--rule)] bg-[var(--surface)] px-2 py-1"
              />
            </label>
          ))}
        </fieldset>
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="submit" className="rounded border border-[var(--rule)] px-4 py-2 font-semibold">
            Apply filters
          </button>
          <button
            type="button"
            onClick={(e) => {
              const form = e.currentTarget.form;
              if (form) onSearch(read(form).query, NO_FILTER);
            }}
            className="rounded border border-[var(--rule)] px-4 py-2"
          >
            Clear filters
          </button>
        </div>
      </details>
    </form>
  );
}
