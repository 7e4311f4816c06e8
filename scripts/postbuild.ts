/**
 * After `next build` (and scripts/harden.ts): the parts of the static site that are data rather than pages.
 *   out/data/index.json             the listing (lib/export/data: events and articles without rows or text)
 *   out/data/events/<id>.json|.csv  one event in full (lib/export/event-file), and its rows as a spreadsheet (lib/export/csv)
 *   out/data/search/…               the offline search index (lib/search)
 *   out/events/<id>/<a>-vs-<b>/     stubs sending old pair URLs of narrow events to the pair view (lib/export/pair-stubs)
 *   out/sw.js                       the service worker (scripts/service-worker.ts): the site, or its frame, precached
 * and removes the copies of page payloads that no browser requests (scripts/prune.ts).
 * `npx tsx scripts/postbuild.ts [--out DIR]`. Reads the index the pages were built from (PARALLAX_INDEX or
 * .cache/index.json, via lib/site/data): its listing, then its shards one event at a time (lib/site/shards.ts), so
 * its memory grows with the listing and the search index's terms, never with the whole index. The base path comes
 * from PARALLAX_BASE_PATH, as next.config.js reads it.
 * docs/data.md describes the formats.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getIndex, indexPath, shardsPath } from '../lib/site/data';
import { eventShards } from '../lib/site/shards';
import { stableStringify } from '../lib/pipeline/output/json';
import { basePath } from '../lib/site/base-path.mjs';
import { dataIndexOfListing, eventData } from '../lib/export/data';
import { eventCsv } from '../lib/export/csv';
import { encodeEventFile } from '../lib/export/event-file';
import { eventPairStubs } from '../lib/export/pair-stubs';
import { searchIndexBuilder } from '../lib/search/build';
import { chunkPath, outletPath, shardPath } from '../lib/search/files';
import { pruneUnusedPayloads } from './prune';
import { writeServiceWorker } from './service-worker';
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
// The listing, then one event's shard at a time (lib/site/shards.ts): never the whole index (issue 16: at 100k
// articles it is longer than one string may be).
const listing = getIndex();
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
write('index.json', stableStringify(dataIndexOfListing(listing)));
// Every step here is one pass over the events, each read once from its shard (issue 16: linear post-processing):
// its data files, its old pair URLs' stubs (pair pages are views of the event page now), its rows in the search
// index, whose chunks are written as they fill.
let chunks = 0;
const search = searchIndexBuilder({}, (chunk, n) => {
  write(`search/${chunkPath(n)}`, JSON.stringify(chunk));
  chunks++;
});
let stubs = 0;
for (const shard of eventShards(shardsPath(), listing)) {
  const { event } = shard;
  const data = eventData(listing, event, new Map(shard.articles.map((a) => [a.id, a])));
  write(`events/${event.id}.json`, stableStringify(encodeEventFile(data)));
  write(`events/${event.id}.csv`, eventCsv(event, data.articles));
  for (const stub of eventPairStubs(event, data.articles)) {
    const file = path.join(root, stub.path);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, stub.html);
    stubs++;
  }
  search.add(event, data.articles);
}
const searchFiles = search.finish();
write('search/meta.json', JSON.stringify(searchFiles.meta));
for (const shard of searchFiles.shards) write(`search/${shardPath(shard.key)}`, JSON.stringify(shard.terms));
for (const outlet of searchFiles.outlets)
  write(`search/${outletPath(outlet.id)}`, JSON.stringify(outlet.docs));

// Payload copies no browser requests (scripts/prune.ts), before anything counts or precaches them.
const pruned = pruneUnusedPayloads(root);

// The worker last, so it precaches every file above and every page (scripts/service-worker.ts).
const worker = writeServiceWorker(root, base);

console.log(
  `postbuild: ${listing.events.length} events from ${shownIndex.startsWith('..') ? indexPath() : shownIndex} (its shards); ` +
    `${stubs} old pair URLs kept as stubs; search ${searchFiles.meta.docs} rows in ${searchFiles.shards.length} term shards and ${chunks} chunks; ` +
    `sw.js precaches ${worker.files.length} of ${worker.all} files (site ${(worker.bytes / 1e6).toFixed(1)} MB` +
    `${worker.complete ? '' : `, past the precache budget: pages are kept as read, search terms ${worker.searchTerms ? '' : 'not '}precached`}); ` +
    `${pruned.files} unrequested files removed (payload copies, placeholder pages) (${(pruned.bytes / 1e6).toFixed(1)} MB) in ${Date.now() - started} ms`,
);
