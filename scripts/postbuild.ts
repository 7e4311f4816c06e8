/**
 * After `next build` (and scripts/harden.ts): the parts of the static site that are data rather than pages.
 *   out/data/index.json             the listing (lib/export/data: events and articles without rows or text)
 *   out/data/events/<id>.json|.csv  one event in full, and its rows as a spreadsheet (lib/export/csv)
 *   out/data/search/…               the offline search index (lib/search)
 *   out/events/<id>/<a>-vs-<b>/     stubs sending old pair URLs of narrow events to the pair view (lib/export/pair-stubs)
 *   out/sw.js                       the service worker precaching every file above and every page
 * and removes the copies of page payloads that no browser requests (scripts/prune.ts).
 * `npx tsx scripts/postbuild.ts [--out DIR]`. Reads the index the pages were built from (PARALLAX_INDEX or
 * .cache/index.json, via lib/site/data) and the base path from PARALLAX_BASE_PATH, as next.config.js does.
 * docs/data.md describes the formats.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getIndex, indexPath } from '../lib/site/data';
import { stableStringify } from '../lib/pipeline/output/json';
import { basePath } from '../lib/site/base-path.mjs';
import { articlesById, dataIndex, eventData } from '../lib/export/data';
import { eventCsv } from '../lib/export/csv';
import { pairStubs } from '../lib/export/pair-stubs';
import { buildSearchIndex } from '../lib/search/build';
import { chunkPath, outletPath, shardPath } from '../lib/search/files';
import { serviceWorkerSource, type PrecacheFile } from '../lib/export/service-worker';
import { pruneUnusedPayloads } from './prune';
import { orUsage, readArgs } from './args';

const { values } = orUsage('Usage: npx tsx scripts/postbuild.ts [--out DIR]', () =>
  readArgs(process.argv.slice(2), { out: { type: 'string' } }),
);
const root = path.resolve(values.out ?? 'out');
const base = basePath();

if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`postbuild: ${root} does not exist: run next build first.`);
  process.exit(1);
}

const started = Date.now();
const shownIndex = path.relative(process.cwd(), indexPath());
const index = getIndex();
const dataDir = path.join(root, 'data');
// A rebuild must not leave the files of events that no longer exist.
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(path.join(dataDir, 'events'), { recursive: true });

const write = (rel: string, content: string) => {
  const file = path.join(dataDir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
};

// Sorted keys, as in the index itself: the same corpus gives the same download bytes.
write('index.json', stableStringify(dataIndex(index)));
// Every step here is one pass over the articles and events, lookups built once (issue 16: linear post-processing).
const byId = articlesById(index);
for (const event of index.events) {
  const data = eventData(index, event, byId);
  write(`events/${event.id}.json`, stableStringify(data));
  write(`events/${event.id}.csv`, eventCsv(event, data.articles));
}

// Pair pages are views of the event page now; old pair URLs of narrow events keep a stub each.
const stubs = pairStubs(index);
for (const stub of stubs) {
  const file = path.join(root, stub.path);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, stub.html);
}

const search = buildSearchIndex(index);
write('search/meta.json', JSON.stringify(search.meta));
for (const shard of search.shards) write(`search/${shardPath(shard.key)}`, JSON.stringify(shard.terms));
search.chunks.forEach((chunk, i) => write(`search/${chunkPath(i)}`, JSON.stringify(chunk)));
for (const outlet of search.outlets) write(`search/${outletPath(outlet.id)}`, JSON.stringify(outlet.docs));

// Payload copies no browser requests (scripts/prune.ts), before anything counts or precaches them.
const pruned = pruneUnusedPayloads(root);

// Every file of the export but the worker itself, with a digest of its bytes.
const files: PrecacheFile[] = [];
let bytes = 0;
const walk = (dir: string) => {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) walk(full);
    else {
      const rel = path.relative(root, full).split(path.sep).join('/');
      if (rel === 'sw.js') continue;
      bytes += stat.size;
      files.push({ path: rel, digest: createHash('sha1').update(readFileSync(full)).digest('hex') });
    }
  }
};
walk(root);
// Precache the whole site while it is a reasonable download (PARALLAX_PRECACHE_MB, default 100); past that, only the
// site's frame (scripts, styles, home, search page and index meta, 404), and pages are kept as they are read.
const budget = Number(process.env.PARALLAX_PRECACHE_MB ?? 100) * 1e6;
const complete = bytes <= budget;
const frame = (p: string) =>
  p.startsWith('_next/') ||
  ['index.html', '404.html', 'search/index.html', 'data/search/meta.json', 'corpus/index.html'].includes(p) ||
  /^[^/]+\.(?:ico|png|svg|webmanifest|txt)$/.test(p);
const precached = complete ? files : files.filter((f) => frame(f.path));
writeFileSync(path.join(root, 'sw.js'), serviceWorkerSource(base, precached, { complete }));

console.log(
  `postbuild: ${index.events.length} events from ${shownIndex.startsWith('..') ? indexPath() : shownIndex}; ` +
    `${stubs.length} old pair URLs kept as stubs; search ${search.meta.docs} rows in ${search.shards.length} term shards and ${search.chunks.length} chunks; ` +
    `sw.js precaches ${precached.length} of ${files.length} files (site ${(bytes / 1e6).toFixed(1)} MB` +
    `${complete ? '' : ', past the precache budget: pages are kept as read'}); ` +
    `${pruned.files} unrequested payload copies removed (${(pruned.bytes / 1e6).toFixed(1)} MB) in ${Date.now() - started} ms`,
);
