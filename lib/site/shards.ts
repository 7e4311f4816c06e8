import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, CorpusIndex, Event } from '../types';
import { INDEX_VERSION } from '../types';
import { articlesHeld, type BuiltIndex } from '../pipeline/assemble';
import { stableStringify } from '../pipeline/output/json';
import { listingEvent, type ListingEvent, type SiteListing } from '../export/data';

/**
 * The index in shards, as every step after the index build reads it (issue 16: at 100k articles the index is a JSON
 * text of some 3.5 GB, longer than one string may be, and each `next build` worker read all of it to render one page).
 * `npm run corpus -- build` writes them beside the index file, from the same build, in one pass that holds one event
 * at a time:
 *
 *   <index>.shards/listing.json           SiteListing (lib/export/data.ts): every event, story and article without rows
 *                                         or text; what the home, listing, story and corpus pages and every
 *                                         generateStaticParams read
 *   <index>.shards/events/<eventId>.json  EventShard: one event in full and its articles in full (each once, in the
 *                                         event's order); what an event or article page reads
 *   <index>.shards/loose.json             the articles in no event (the build puts every article in one, so normally
 *                                         none), as `{articles}`
 *   <index>.shards/keys.json              ShardKeys: which content each event's file holds, so that the next build can
 *                                         keep the files of the events it did not change (see writeIndexShards)
 *
 * One file per event rather than per date: a page shows one event (or one article, which is in one event), so it
 * reads exactly what it shows; a day holds some thirty events at 100k articles, which a per-date shard would make
 * every page of that day parse. All JSON is stableStringify's (keys sorted), so the same index gives the same bytes.
 */
export interface EventShard {
  event: Event;
  /** The event's articles in full, each once, in `event.articleIds` order; an id the index lacks is left out. */
  articles: Article[];
}

/** Where the shards of the index file `indexFile` are: `.cache/index.json` → `.cache/index.shards/`. */
export function shardDir(indexFile: string): string {
  return indexFile.replace(/\.json$/, '') + '.shards';
}

export const LISTING_FILE = 'listing.json';
export const LOOSE_FILE = 'loose.json';
export const KEYS_FILE = 'keys.json';

/**
 * What each event file of a shard folder holds: the build's content key of the event (BuiltIndex `keyOf`) by event id,
 * and the version of the code that wrote them (the build's and this file's: a key says the same bytes only for the
 * same code).
 */
export interface ShardKeys {
  version: string;
  events: Record<string, string>;
}

/**
 * How writeIndexShards keeps unchanged events' files: the code `version` it notes in ShardKeys, and the folders of
 * earlier shards to take them from (the first of them holding shards of that version; none: every file is written).
 */
export interface ShardReuse {
  version: string;
  from: readonly string[];
}

export function eventShardFile(dir: string, eventId: string): string {
  return path.join(dir, 'events', `${eventId}.json`);
}

/** The shards of a CorpusIndex held whole (tests, small corpora): the same bytes as from the build that made it. */
export function builtOf(index: CorpusIndex): BuiltIndex {
  return {
    articles: articlesHeld(index.articles),
    diagnostics: index.diagnostics,
    stories: index.stories,
    events: {
      length: index.events.length,
      at: (i) => stableStringify(index.events[i]),
      bytesAt: (i) => stableStringify(index.events[i]),
    },
  };
}

function bytesOf(parts: readonly (string | Uint8Array)[]): Buffer {
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
}

/**
 * Write the shards of `built` into `dir`, replacing what was there (a stale event's file must not outlive it): into a
 * folder beside it, swapped in at the end, so a build stopped half-way leaves the old shards whole. Events and articles
 * are written as the build holds their JSON (a warm build's cached bytes), never re-serialised; an event is parsed
 * only for its listing entry, one at a time.
 *
 * With `reuse`, an event whose file in earlier shards of the same code (`reuse.from`) holds the same content key
 * (ShardKeys) is not made again: its file is hard-linked into the new folder and its listing entry taken from the earlier listing. A
 * rebuild after adding an article so writes a few files instead of every event's (at 10k articles some 370 MB, most of
 * a warm build's time). What it gives up: the new file and the earlier one are one file on disk, so writing into either
 * in place would change both; builds never do (every file is new, renamed into place), and the earlier folder is
 * usually `dir` itself, removed at the swap. A file that cannot be linked (another file system, gone) is written.
 */
export function writeIndexShards(
  dir: string,
  built: BuiltIndex,
  reuse?: ShardReuse,
): { events: number; bytes: number; kept: number } {
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(path.join(tmp, 'events'), { recursive: true });
  const heads = Array.from({ length: built.articles.length }, (_, i) => built.articles.head(i));
  const at = new Map(heads.map((a, i) => [a.id, i]));
  const articleText = (i: number) => built.articles.text(i);
  const inEvent = new Uint8Array(built.articles.length);
  const listing: SiteListing = {
    version: INDEX_VERSION,
    // An article's head is its listing entry (listingArticle's keys).
    articles: heads,
    events: [],
    stories: built.stories,
    diagnostics: built.diagnostics,
  };
  const earlier = reuse && earlierShards(reuse);
  const keys: ShardKeys | undefined = reuse && { version: reuse.version, events: {} };
  let bytes = 0;
  let kept = 0;
  const write = (file: string, content: Buffer | string) => {
    writeFileSync(file, content);
    bytes += content.length;
  };
  for (let e = 0; e < built.events.length; e++) {
    const known = built.events.keyOf?.(e);
    if (keys && known) keys.events[known.id] = known.key;
    const entry = known && earlier?.entry(known.id, known.key);
    if (entry && linked(eventShardFile(earlier!.dir, known.id), eventShardFile(tmp, known.id))) {
      listing.events.push(entry);
      for (const id of entry.articleIds) {
        const i = at.get(id);
        if (i !== undefined) inEvent[i] = 1;
      }
      kept++;
      continue;
    }
    // The entry the build made with the event (BuiltIndex), or one from its text (a cached event whose file is gone).
    const event = built.events.listingAt?.(e) ?? listingEvent(JSON.parse(built.events.at(e)) as Event);
    listing.events.push(event);
    const members = [...new Set(event.articleIds)].flatMap((id) => at.get(id) ?? []);
    const parts: (string | Uint8Array)[] = ['{"articles":['];
    members.forEach((i, k) => {
      inEvent[i] = 1;
      if (k > 0) parts.push(',');
      parts.push(articleText(i));
    });
    parts.push('],"event":', built.events.bytesAt(e), '}');
    write(eventShardFile(tmp, event.id), bytesOf(parts));
  }
  const loose = heads.flatMap((_, i) => (inEvent[i] ? [] : [articleText(i)]));
  write(
    path.join(tmp, LOOSE_FILE),
    bytesOf(['{"articles":[', ...loose.flatMap((t, k) => (k > 0 ? [',', t] : [t])), ']}']),
  );
  write(path.join(tmp, LISTING_FILE), stableStringify(listing));
  if (keys) write(path.join(tmp, KEYS_FILE), JSON.stringify(keys));
  const old = `${dir}.${process.pid}.old`;
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(tmp, dir);
  rmSync(old, { recursive: true, force: true });
  return { events: built.events.length, bytes, kept };
}

/** Hard-link `from` as `to`; false when it cannot be (the caller writes the file instead). */
function linked(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first of `reuse.from` holding shards of `reuse.version`: its folder, and the listing entry of an event whose
 * file there holds `key` (undefined for any other). Unreadable or other code's shards are passed over: reuse only
 * saves work, so anything in doubt is made again.
 */
function earlierShards(
  reuse: ShardReuse,
): { dir: string; entry(id: string, key: string): ListingEvent | undefined } | undefined {
  for (const from of reuse.from) {
    let keys: ShardKeys;
    let listing: SiteListing;
    try {
      keys = JSON.parse(readFileSync(path.join(from, KEYS_FILE), 'utf8')) as ShardKeys;
      if (keys.version !== reuse.version || !keys.events) continue;
      listing = readListing(from);
    } catch {
      continue;
    }
    const entries = new Map(listing.events.map((e) => [e.id, e]));
    return {
      dir: from,
      entry: (id, key) =>
        Object.hasOwn(keys.events, id) && keys.events[id] === key ? entries.get(id) : undefined,
    };
  }
  return undefined;
}

export function readListing(dir: string): SiteListing {
  return JSON.parse(readFileSync(path.join(dir, LISTING_FILE), 'utf8')) as SiteListing;
}

/** One event's shard, and the length of its JSON text; undefined when the shards hold no such event. */
export function readEventShard(dir: string, eventId: string): (EventShard & { length: number }) | undefined {
  let text: string;
  try {
    text = readFileSync(eventShardFile(dir, eventId), 'utf8');
  } catch {
    return undefined;
  }
  return { ...(JSON.parse(text) as EventShard), length: text.length };
}

export function readLooseArticles(dir: string): Article[] {
  return (JSON.parse(readFileSync(path.join(dir, LOOSE_FILE), 'utf8')) as { articles: Article[] }).articles;
}

/**
 * Every event of the listing in full, in its order, one at a time: what a step over the whole corpus reads (the data
 * files, the search index, the pages of all findings), holding one event and the listing, never the whole index.
 */
export function* eventShards(dir: string, listing: Pick<SiteListing, 'events'>): Generator<EventShard> {
  for (const entry of listing.events) {
    const shard = readEventShard(dir, entry.id);
    if (!shard)
      throw new Error(`The shards in ${dir} list event ${entry.id} but hold no file for it: rebuild them`);
    yield shard;
  }
}

/** An event's articles in its order (an article an event names twice comes twice), from its shard. */
export function shardArticles(shard: EventShard): Article[] {
  const byId = new Map(shard.articles.map((a) => [a.id, a]));
  return shard.event.articleIds.flatMap((id) => byId.get(id) ?? []);
}
