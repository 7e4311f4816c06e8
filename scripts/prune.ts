/**
 * Files of a Next.js static export that no browser asks for (issue 16: every file in out/ is requested by some reader
 * path, or is gone). Next 16 writes each page's RSC payload four times: inline in `index.html`, as `index.txt`
 * (fetched on a client-side navigation that was not prefetched), split into segment files (`__next._tree.txt`,
 * `__next.<segment>.__PAGE__.txt`, fetched by prefetches), and whole again as `__next._full.txt` (never requested by
 * this version's router). Measured with Playwright on the seed site, every request of a reader's walk: the router asks
 * for the payload files only on a next/link navigation or prefetch, or a router.push/replace. The site has none: every
 * link is a plain anchor (components/PageLink.tsx) and the search page keeps its query with the history API. So every
 * payload file goes: `index.txt` and `__next.*.txt` in every folder; `robots.txt` and other files stay.
 * e2e/offline-basepath.spec.ts walks the site and fails on any request that is answered with an error.
 *
 * Also gone: the placeholder pages a route with no ids exports (`<route>/_none/`, lib/view/params.ts: `output:
 * 'export'` fails on an empty generateStaticParams), such as `events/_none/findings/` where no event is wide enough
 * for a page of all findings. Nothing links to them.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { PLACEHOLDER_PARAM } from '../lib/view/params';

/** A page's RSC payload file, as Next's export names them. */
export function isPayloadFile(name: string): boolean {
  return name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'));
}

export function pruneUnusedPayloads(root: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (dir: string, placeholder = false) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        const inPlaceholder = placeholder || entry.name === PLACEHOLDER_PARAM;
        walk(full, inPlaceholder);
        if (inPlaceholder) rmSync(full, { recursive: true, force: true });
      } else if (entry.isFile() && (placeholder || isPayloadFile(entry.name))) {
        bytes += statSync(full).size;
        rmSync(full);
        files++;
      }
    }
  };
  walk(root);
  return { files, bytes };
}
