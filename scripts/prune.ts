/**
 * Files of a Next.js static export that no browser asks for. Next 16 writes each page's RSC payload four times: inline
 * in `index.html`, as `index.txt` (fetched on a client-side navigation that was not prefetched), split into segment
 * files (`__next._tree.txt`, `__next.<segment>.__PAGE__.txt`, fetched by prefetches), and whole again as
 * `__next._full.txt`, which the client router of this Next version never requests (its segment names are `_tree`,
 * `_head`, `_index` and the page segments). That last copy is a sixth of an event page's files on disk; removing it
 * where it is byte-identical to the page's `index.txt` loses nothing. e2e/offline-basepath.spec.ts walks the site
 * and fails on any request that is answered with an error.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export function pruneUnusedPayloads(root: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    const names = entries.map((e) => e.name);
    if (names.includes('__next._full.txt') && names.includes('index.txt')) {
      const full = path.join(dir, '__next._full.txt');
      const content = readFileSync(full);
      if (content.equals(readFileSync(path.join(dir, 'index.txt')))) {
        rmSync(full);
        files++;
        bytes += content.length;
      }
    }
    for (const entry of entries) if (entry.isDirectory()) walk(path.join(dir, entry.name));
  };
  walk(root);
  return { files, bytes };
}
