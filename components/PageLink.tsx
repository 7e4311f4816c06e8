import type { AnchorHTMLAttributes } from 'react';
import { basePath } from '@/lib/site/base-path.mjs';

/**
 * A link within the site as a plain anchor under the base path: every page, the header's included. Not next/link: its
 * client router would prefetch and fetch pages' RSC payload files (`index.txt` and the `__next.*.txt` segments), one
 * to four files beside each page's HTML, which at 10k articles were a third of the export's files (issue 16). A plain
 * link loads the page's HTML, which the browser and the service worker cache like any file, so scripts/prune.ts
 * removes every payload file; and since no page needs a client router, pages drop Next's client runtime and inline
 * payload altogether (lib/export/runtime.ts). `href` is the path without the base.
 */
export function PageLink({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a href={`${basePath()}${href}`} {...rest} />;
}
