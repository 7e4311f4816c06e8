/**
 * Files of a Next.js static export that no browser asks for (issue 16: every file in out/ is requested by some reader
 * path, or is gone). Next 16 writes each page's RSC payload four times: inline in `index.html`, as `index.txt`
 * (fetched on a client-side navigation that was not prefetched), split into segment files (`__next._tree.txt`,
 * `__next.<segment>.__PAGE__.txt`, fetched by prefetches), and whole again as `__next._full.txt`, which the client
 * router of this Next version never requests (its segment names are `_tree`, `_head`, `_index` and the page
 * segments). Measured with Playwright on the seed site (every request a reader's walk makes: home, prefetches, an
 * event, an article, back, search), and so:
 * - item pages (events, articles, outlets, stories) are linked only by plain anchors (components/PageLink.tsx), so no
 *   client-side navigation or prefetch reaches them: every payload file in their folders goes;
 * - elsewhere (home, search, corpus, 404, linked by next/link from the header) `__next._full.txt` goes where it is
 *   byte-identical to the page's `index.txt`.
 * e2e/offline-basepath.spec.ts walks the site and fails on any request that is answered with an error.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** Top folders of the item pages, whose payload files no reader path requests. */
export const ITEM_PAGE_FOLDERS = ['events', 'articles', 'outlets', 'stories'];

export function pruneUnusedPayloads(root: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const remove = (file: string, size: number) => {
    rmSync(file);
    files++;
    bytes += size;
  };
  const walk = (dir: string, itemPages: boolean) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    const names = entries.map((e) => e.name);
    if (itemPages) {
      for (const e of entries)
        if (e.isFile() && e.name.endsWith('.txt')) {
          const file = path.join(dir, e.name);
          remove(file, statSync(file).size);
        }
    } else if (names.includes('__next._full.txt') && names.includes('index.txt')) {
      const full = path.join(dir, '__next._full.txt');
      const content = readFileSync(full);
      if (content.equals(readFileSync(path.join(dir, 'index.txt')))) remove(full, content.length);
    }
    for (const entry of entries)
      if (entry.isDirectory())
        walk(
          path.join(dir, entry.name),
          itemPages || (dir === root && ITEM_PAGE_FOLDERS.includes(entry.name)),
        );
  };
  walk(root, false);
  return { files, bytes };
}
