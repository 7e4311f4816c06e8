import type { Article, CorpusIndex, Event } from '../types';
import { articlesById } from './data';
import { comparisonColumns, pairSlugs, type Column } from '../view/comparison';
import { escapeHtml } from '../view/comparison-html';
import { pairHref } from '../view/url';
import { withContentSecurityPolicy } from '../security/csp';

/**
 * Pair pages that are now views of their event page (issue 16). Until then every pair of outlets had a page of its
 * own, `/events/<id>/<a>-vs-<b>/`, which grew the export with the square of an event's outlets (1,035 pages for a
 * 46-outlet story); a pair is now `/events/<id>/?pair=<a>-vs-<b>`, drawn by the event page's script.
 *
 * Old pair URLs keep working two ways:
 * - events of up to STUB_OUTLETS outlets (the seed event's three pairs among them) keep a stub per pair: one small
 *   HTML file that sends the reader to the pair view, with the row (`#r<N>`) kept when scripts run, and without
 *   scripts to the event page, whose opening view then shows every outlet of the event, both of the pair included;
 * - any other old pair URL reaches the site's 404 page, which sends it on the same way (app/not-found.tsx,
 *   `pairRedirectScript`) on hosts that serve 404.html for a missing path, as GitHub Pages, Netlify, Cloudflare
 *   Pages and `npm start` do.
 */
export const STUB_OUTLETS = 3;

/** The stub of one old pair page: where it sends the reader is relative, so it works under any base path. */
export function pairStubHtml(title: string, pairLabel: string, a: string, b: string): string {
  const target = pairHref('../', a, b);
  const text = `${pairLabel}: ${title}`;
  return withContentSecurityPolicy(
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
      `<title>${escapeHtml(text)}</title><meta name="robots" content="noindex">` +
      `<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}">` +
      `<script>location.replace(${JSON.stringify(target).replace(/</g, '\\u003c')}+location.hash)</script>` +
      `</head><body><p>${escapeHtml(text)} is now shown on the event’s page: ` +
      `<a href="${escapeHtml(target)}">open it</a>.</p></body></html>`,
  );
}

/** Every stub of the index: `events/<id>/<slug>/index.html` (relative to out/) and its HTML. */
export function pairStubs(index: Pick<CorpusIndex, 'events' | 'articles'>): { path: string; html: string }[] {
  const byId = articlesById(index);
  return index.events.flatMap((event) =>
    eventPairStubs(
      event,
      event.articleIds.flatMap((id) => byId.get(id) ?? []),
    ),
  );
}

/** The stubs of one event, given its articles in its order (what scripts/postbuild.ts has, one event at a time). */
export function eventPairStubs(
  event: Pick<Event, 'id' | 'title' | 'articleIds'>,
  articles: readonly Article[],
): { path: string; html: string }[] {
  if (event.articleIds.length > STUB_OUTLETS) return [];
  const columns: Column[] = comparisonColumns(articles);
  const nameOf = new Map(columns.map((c) => [c.key, c.outlet.name]));
  return pairSlugs(columns).map((p) => ({
    path: `events/${event.id}/${p.slug}/index.html`,
    html: pairStubHtml(event.title, `${nameOf.get(p.a)} vs ${nameOf.get(p.b)}`, p.a, p.b),
  }));
}
