/**
 * Writes `<out>/sw.js` for the exported site in `<out>` (lib/export/service-worker.ts): every file but the worker,
 * with a digest of its bytes as its precache revision. scripts/postbuild.ts calls it last; alone it is
 * `npx tsx scripts/service-worker.ts [--out DIR]` (what e2e/offline-update.spec.ts runs on a changed copy of a site).
 * PARALLAX_PRECACHE_MB (default 100) is the size under which the whole site is precached; PARALLAX_BASE_PATH the base
 * path, as for the build.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  choosePrecache,
  serviceWorkerSource,
  type PrecacheChoice,
  type PrecacheFile,
} from '../lib/export/service-worker';
import { basePath } from '../lib/site/base-path.mjs';
import { orUsage, readArgs } from './args';

export interface WrittenWorker extends PrecacheChoice {
  /** Every file of the site but the worker. */
  all: number;
  /** Their bytes. */
  bytes: number;
}

/** Every file under `root` but sw.js, sorted by path, with its sha1 and size. */
export function siteFiles(root: string): PrecacheFile[] {
  const files: PrecacheFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const rel = path.relative(root, full).split(path.sep).join('/');
        if (rel === 'sw.js') continue;
        const bytes = readFileSync(full);
        files.push({
          path: rel,
          digest: createHash('sha1').update(bytes).digest('hex'),
          bytes: bytes.length,
        });
      }
    }
  };
  walk(root);
  return files;
}

export function writeServiceWorker(
  root: string,
  base = basePath(),
  budgetBytes = Number(process.env.PARALLAX_PRECACHE_MB ?? 100) * 1e6,
): WrittenWorker {
  const files = siteFiles(root);
  const choice = choosePrecache(files, budgetBytes);
  writeFileSync(
    path.join(root, 'sw.js'),
    serviceWorkerSource(base, choice.files, { complete: choice.complete }),
  );
  return { ...choice, all: files.length, bytes: files.reduce((s, f) => s + f.bytes, 0) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = orUsage('Usage: npx tsx scripts/service-worker.ts [--out DIR]', () =>
    readArgs(process.argv.slice(2), { out: { type: 'string' } }),
  );
  const written = writeServiceWorker(path.resolve(values.out ?? 'out'));
  console.log(
    `sw.js precaches ${written.files.length} of ${written.all} files (site ${(written.bytes / 1e6).toFixed(1)} MB)`,
  );
}
