/**
 * The service worker's code (out/sw.js), on workbox. lib/export/service-worker.ts bundles this file with esbuild at
 * build time, behind a `PARALLAX_SW` constant holding the base path, whether the precache list is the whole site, and
 * the list itself: `{url, revision}` per file, the revision a digest of the file's bytes.
 *
 * - Precache (workbox-precaching): at install, only entries whose URL and revision are not already cached are fetched,
 *   so a rebuild that changed one event costs its files and the listings that name it; at activate, entries no longer
 *   listed are deleted. `/x/` reads `/x/index.html`; the query string is ignored (`?q=`, `?base=`, `?_rsc=`).
 * - Everything else under the base path (pages past the precache budget, their RSC payloads, event data, search
 *   chunks): network first, and the copy kept, so a page read once opens offline. Network first rather than
 *   stale-while-revalidate: online, a reader always gets the current build's page, whose scripts the precache holds
 *   (a stale page from an earlier build names scripts that may be gone); offline, the copy they read.
 * - A page that is neither cached nor reachable answers with the precached 404 page.
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

export interface OfflineWorkerConfig {
  /** '' or `/news`: the worker only handles URLs under it. */
  base: string;
  /** Whether `precache` is the whole site (the indicator then says "Available offline"). */
  complete: boolean;
  precache: PrecacheEntry[];
}

interface WorkerScope {
  location: Location;
  addEventListener(type: string, listener: (event: never) => void): void;
  skipWaiting(): Promise<void>;
}
interface MessageLike {
  data?: { type?: string };
  ports: readonly MessagePort[];
}

declare const PARALLAX_SW: OfflineWorkerConfig;
const config = PARALLAX_SW;
const scope = globalThis as unknown as WorkerScope;
const origin = scope.location.origin;
const underBase = (url: URL) =>
  url.origin === origin && (url.pathname === config.base || url.pathname.startsWith(config.base + '/'));

// The precache is `parallax-precache-v2-<scope>`, so two sites on one origin (`/`, `/news/`) never share one; the
// runtime caches below (`parallax-static`, `parallax-read`) are keyed by full URL, so sharing them is harmless.
setCacheNameDetails({ prefix: 'parallax' });

// A new worker takes over at once: its precache is complete when install ends, and the pages need nothing else.
scope.addEventListener('install', () => void scope.skipWaiting());
clientsClaim();

precacheAndRoute(config.precache, {
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/],
  cleanURLs: true,
  // `/x` (no trailing slash, no extension) is the folder `/x/`.
  urlManipulation: ({ url }) =>
    /\/[^/.]+$/.test(url.pathname) ? [new URL(url.pathname + '/index.html', url.origin)] : [],
});

// The worker before workbox kept one cache per build, `parallax-<16 hex>`: remove it once this one is active.
scope.addEventListener('activate', () => {
  void caches
    .keys()
    .then((names) =>
      Promise.all(names.filter((n) => /^parallax-[0-9a-f]{16}$/.test(n)).map((n) => caches.delete(n))),
    );
});

/** One key per file: the query string dropped, a folder read as its index.html (as the precache does). */
const fileKey = (request: Request) => {
  const url = new URL(request.url);
  return new URL(url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname, url.origin).href;
};
const keptAsRead = [
  { cacheKeyWillBeUsed: async ({ request }: { request: Request }) => fileKey(request) },
  // Only whole 200s: a 206 cannot be cached, and a redirected response cannot answer a navigation.
  {
    cacheWillUpdate: async ({ response }: { response: Response }) =>
      response.status === 200 && !response.redirected ? response : null,
  },
];

// Hashed scripts and styles never change under one name: one fetched outside the precache is kept for good.
registerRoute(
  ({ url }) => underBase(url) && url.pathname.startsWith(`${config.base}/_next/static/`),
  new CacheFirst({ cacheName: 'parallax-static', plugins: keptAsRead }),
);
registerRoute(
  ({ url, request }) => request.method === 'GET' && underBase(url),
  new NetworkFirst({ cacheName: 'parallax-read', networkTimeoutSeconds: 5, plugins: keptAsRead }),
);

setCatchHandler(async ({ request }) => {
  if (request.mode === 'navigate') {
    const notFound = await matchPrecache(`${config.base}/404.html`);
    if (notFound) return notFound;
  }
  return Response.error();
});

// The page's indicator asks whether everything is cached or only what was read.
scope.addEventListener('message', (event: MessageLike) => {
  if (event.data?.type === 'parallax-status' && event.ports[0]) {
    event.ports[0].postMessage({ complete: config.complete });
  }
});
