import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchPage } from '@/components/search/SearchPage';
import { basePath } from '@/lib/site/base-path.mjs';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search every aligned passage of every event, across outlets.',
};

export default function SearchRoute() {
  // The one page that keeps Next's client runtime (`data-next-runtime`, scripts/harden.ts): the search is a React
  // client component. The export is served under PARALLAX_BASE_PATH (next.config.js); the browser fetches the index from there.
  const base = basePath();
  return (
    <main id="main" className="mx-auto w-full max-w-3xl px-4 py-8" data-next-runtime="">
      <h1 className="mb-4 text-2xl font-semibold">Search</h1>
      <Suspense fallback={null}>
        <SearchPage dataUrl={`${base}/data/search/`} eventsUrl={`${base}/events/`} />
      </Suspense>
      <noscript>
        <p>Search runs in the browser and needs JavaScript; every event is listed on the home page.</p>
      </noscript>
    </main>
  );
}
