import type { Metadata } from 'next';
import { PageLink } from '@/components/PageLink';
import { basePath } from '@/lib/site/base-path.mjs';
import { pairRedirectScript } from '@/lib/view/pair-redirect';

export const metadata: Metadata = { title: 'Page not found' };

/**
 * The 404 page (out/404.html; scripts/serve.mjs and most static hosts serve it for a missing path). A permalink that
 * stopped working is most often an event that was renamed or merged, so it points to the event list and the search;
 * an old pair page's URL is sent on to the event page's pair view.
 */
export default function NotFound() {
  const base = basePath();
  return (
    <main id="main" className="mx-auto w-full max-w-3xl px-4 py-12">
      {/* An old pair page's URL goes on to its pair view (lib/view/pair-redirect.ts). */}
      <script data-parallax="" dangerouslySetInnerHTML={{ __html: pairRedirectScript(base) }} />
      <h1 className="mb-4 text-2xl font-semibold">Page not found</h1>
      <p className="mb-4">
        There is no page at this address. If it was an event, the event may have been merged into another
        after new articles arrived: look for it in the list of events, or search for a word from the story.
      </p>
      <ul className="mb-6 list-disc pl-6">
        <li>
          <PageLink href="/">All events, newest first</PageLink>
        </li>
        <li>
          <PageLink href="/search/">Search every outlet’s sentences</PageLink>
        </li>
      </ul>
      <form role="search" method="get" action={`${base}/search/`} className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Search</span>
          <input
            name="q"
            type="search"
            className="rounded border border-[var(--rule)] bg-[var(--surface)] px-3 py-2"
          />
        </label>
        <button type="submit" className="rounded border border-[var(--rule)] px-4 py-2 font-semibold">
          Search
        </button>
      </form>
    </main>
  );
}
