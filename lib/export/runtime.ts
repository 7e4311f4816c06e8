/**
 * An exported page without Next's client runtime (issues 13 and 16). Every page's HTML is complete as React rendered
 * it at build time, every link is a plain anchor (components/PageLink.tsx) and what a page does in the browser is its
 * island scripts (`<script data-parallax>`, lib/client/), so Next's scripts would only boot a router and React to
 * hydrate markup nothing re-renders: on a phone-class CPU that start-up was most of the main-thread work, and the
 * inline payload (`self.__next_f`) repeated each page's content, half of an article page's bytes.
 *
 * Kept: scripts marked `data-parallax` (island scripts, the 404 page's redirect), JSON data blocks, and every script
 * of a page that asks for the runtime with `data-next-runtime` (the search page, a React client component). Dropped:
 * every other `<script>` and the `<link>`s that preload scripts.
 */
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*\/?>/gi;

export function withoutNextRuntime(html: string): string {
  if (html.includes('data-next-runtime=')) return html;
  return html
    .replace(SCRIPT, (tag, attrs: string) =>
      /\bdata-parallax\b/.test(attrs) || /\btype="application\/(?:ld\+)?json"/.test(attrs) ? tag : '',
    )
    .replace(SCRIPT_PRELOAD, '');
}
