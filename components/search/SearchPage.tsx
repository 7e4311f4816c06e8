'use client';

import { useEffect, useId, useState } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { chunkPath, shardPath, type DocChunk, type SearchMeta, type TermShard } from '@/lib/search/files';
import { rankHits, shardKeyFor, termPostings } from '@/lib/search/query';
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
  | { status: 'idle'; query: '' }
  | { status: 'done'; query: string; total: number; results: Result[] }
  | { status: 'error'; query: string; message: string };

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
  limit: number,
): Promise<{ total: number; results: Result[] }> {
  const terms = queryTerms(query);
  if (terms.length === 0) return { total: 0, results: [] };
  const meta = await fetchJson<SearchMeta>(`${dataUrl}meta.json`);
  const shards = new Map<string, TermShard>();
  await Promise.all(
    terms.map(async (t) => {
      const key = shardKeyFor(t, meta.shards);
      if (key !== undefined && !shards.has(key)) {
        shards.set(key, await fetchJson<TermShard>(`${dataUrl}${shardPath(key)}`));
      }
    }),
  );
  const { total, hits } = rankHits(
    terms,
    (t) => {
      const key = shardKeyFor(t, meta.shards);
      return termPostings(key === undefined ? undefined : shards.get(key), t);
    },
    limit,
  );
  const chunkIds = [...new Set(hits.map((h) => Math.floor(h.doc / meta.chunkSize)))];
  const chunks = new Map(
    await Promise.all(
      chunkIds.map(async (c) => [c, await fetchJson<DocChunk>(`${dataUrl}${chunkPath(c)}`)] as const),
    ),
  );
  const results: Result[] = [];
  for (const h of hits) {
    const chunk = chunks.get(Math.floor(h.doc / meta.chunkSize));
    const doc = chunk?.docs[h.doc % meta.chunkSize];
    const event = doc ? chunk?.events[doc.event] : undefined;
    if (!doc || !event) continue;
    const cells = doc.cells.map((c) => ({ outlet: c.outlet, fragments: snippetFragments(c.text, terms) }));
    // Cells with a matched word first (stable otherwise), at most three: a snippet, not the row.
    cells.sort((a, b) => Number(b.fragments.some((f) => f.mark)) - Number(a.fragments.some((f) => f.mark)));
    results.push({
      eventId: event.id,
      title: event.title,
      date: event.date,
      outlets: event.outlets,
      row: doc.row,
      cells: cells.slice(0, 3),
    });
  }
  return { total, results };
}

/**
 * The search form and results (reads `?q=`, so it sits in a Suspense boundary). Everything it fetches is a static file
 * under `dataUrl` (see lib/search/files.ts), so it works offline once the service worker has cached them.
 */
export function SearchPage({ dataUrl, eventsUrl }: { dataUrl: string; eventsUrl: string }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const query = (params.get('q') ?? '').trim();
  const [input, setInput] = useState(query);
  const [state, setState] = useState<State>({ status: 'idle', query: '' });
  const inputId = useId();
  const [more, setMore] = useState({ query: '', limit: PAGE });
  const limit = more.query === query ? more.limit : PAGE;

  useEffect(() => {
    if (query === '') return;
    let current = true;
    runSearch(dataUrl, query, limit).then(
      (r) => current && setState({ status: 'done', query, ...r }),
      (err: unknown) => current && setState({ status: 'error', query, message: String(err) }),
    );
    return () => {
      current = false;
    };
  }, [dataUrl, query, limit]);

  return (
    <div>
      <form
        role="search"
        method="get"
        onSubmit={(e) => {
          e.preventDefault();
          const q = input.trim();
          router.replace(q === '' ? pathname : `${pathname}?q=${encodeURIComponent(q)}`);
        }}
        className="flex flex-wrap items-end gap-2"
      >
        <label htmlFor={inputId} className="flex w-full flex-col gap-1 sm:w-auto sm:grow">
          <span className="font-semibold">Search every outlet’s sentences</span>
          <input
            id={inputId}
            name="q"
            type="search"
            value={input}
            onChange={(e) => setInput(e.target.value)}
            placeholder="e.g. Lutsk"
            autoComplete="off"
            className="rounded border border-[var(--rule)] bg-[var(--surface)] px-3 py-2"
          />
        </label>
        <button type="submit" className="rounded border border-[var(--rule)] px-4 py-2 font-semibold">
          Search
        </button>
      </form>
      <div aria-live="polite" className="mt-6">
        {query === '' ? (
          <p className="text-[var(--muted)]">
            Words are matched by stem, so “talks” also finds “talked”; every word must appear in the same
            passage.
          </p>
        ) : state.query !== query || state.status === 'idle' ? (
          <p>Searching…</p>
        ) : state.status === 'error' ? (
          <p>The search index could not be loaded ({state.message}).</p>
        ) : state.total === 0 ? (
          <p>
            No passage matches “{state.query}”.
            {queryTerms(state.query).length === 0
              ? ' Try a more specific word: common words are not indexed.'
              : ''}
          </p>
        ) : (
          <>
            <p>
              {state.total === 1 ? '1 passage' : `${state.total} passages`} match “{state.query}”
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
                onClick={() => setMore({ query, limit: limit + PAGE })}
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
