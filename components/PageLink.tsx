import type { AnchorHTMLAttributes } from 'react';
import { basePath } from '@/lib/site/base-path.mjs';

/**
 * A link to one of the site's item pages (an event, article, outlet or story) as a plain anchor under the base path.
 * Not next/link: the client router would prefetch and fetch those pages' RSC payload files (`index.txt` and the
 * `__next.*.txt` segments), one to four files beside each page's HTML, which at 10k articles are a third of the
 * export's files (issue 16). A plain link loads the page's HTML, which the browser and the service worker cache like
 * any file; scripts/prune.ts removes the payload files nothing then requests. `href` is the path without base.
 */
export function PageLink({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a href={`${basePath()}${href}`} {...rest} />;
}
