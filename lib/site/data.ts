import { statSync } from 'node:fs';
import path from 'node:path';
import { LRUCache } from 'lru-cache';
import type { Article, Event } from '../types';
import type { ListingEvent, SiteListing } from '../export/data';
import {
  eventShards,
  LISTING_FILE,
  readEventShard,
  readListing,
  readLooseArticles,
  shardArticles,
  shardDir,
  type EventShard,
} from './shards';

/**
 * What the pages read at build time. `npm run build` writes the index first (`npm run corpus -- build`), and beside it
 * the index in shards (lib/site/shards.ts), so pages never re-run the pipeline and no page reads the whole index: every
 * `next build` worker reads the listing once (every event and article without rows or text) and, for a page that shows
 * an event or an article, that event's shard. PARALLAX_INDEX points at another index file (tests build sites from
 * other corpora); its shards are beside it.
 */
export function indexPath(): string {
  return process.env.PARALLAX_INDEX ?? path.join(process.cwd(), '.cache', 'index.json');
}

export function shardsPath(): string {
  return shardDir(indexPath());
}

let cached:
  | {
      dir: string;
      listing: SiteListing;
      events: Map<string, ListingEvent>;
      eventsOfArticle: Map<string, ListingEvent[]>;
      loose: Map<string, Article> | undefined;
    }
  | undefined;

/**
 * Shards read lately, by event id. A page's metadata and body read the same event, and an article page the event of
 * its article: pages of one event are rendered near one another (article pages go by date, and a day holds some thirty
 * events at 100k articles, about 10 MB of shards). Bounded by the shards' text length, so a worker holds 32 MB of shard
 * text (a few times that parsed) whatever the corpus; the widest events' shards are a few MB each.
 */
const shards = new LRUCache<string, EventShard & { length: number }>({
  maxSize: 32 * 2 ** 20,
  sizeCalculation: (s) => Math.max(1, s.length),
});

/** An index file written after its shards (by a build that wrote no shards) must not be shown as the old shards. */
function checkFresh(dir: string): void {
  const listing = statSync(path.join(dir, LISTING_FILE), { throwIfNoEntry: false });
  const index = statSync(indexPath(), { throwIfNoEntry: false });
  if (!listing)
    throw new Error(
      `No index shards at ${dir}: run \`npm run corpus -- build\` first (npm run build does); it writes ${indexPath()} and its shards.`,
    );
  if (index && index.mtimeMs > listing.mtimeMs)
    throw new Error(
      `The index ${indexPath()} is newer than its shards in ${dir}: run \`npm run corpus -- build\` again to write both.`,
    );
}

function load() {
  if (!cached) {
    const dir = shardsPath();
    checkFresh(dir);
    const listing = readListing(dir);
    // Built once per page worker: a page asking for an article's events must not scan every event (at 100k
    // articles that is O(articles × events) over the build).
    const eventsOfArticle = new Map<string, ListingEvent[]>();
    for (const e of listing.events)
      for (const id of new Set(e.articleIds)) {
        const list = eventsOfArticle.get(id);
        if (list) list.push(e);
        else eventsOfArticle.set(id, [e]);
      }
    cached = {
      dir,
      listing,
      events: new Map(listing.events.map((e) => [e.id, e])),
      eventsOfArticle,
      loose: undefined,
    };
  }
  return cached;
}

function shard(eventId: string): EventShard | undefined {
  const kept = shards.get(eventId);
  if (kept) return kept;
  const { dir, events } = load();
  if (!events.has(eventId)) return undefined;
  const read = readEventShard(dir, eventId);
  if (!read) throw new Error(`The index shards in ${dir} list event ${eventId} but hold no file for it`);
  shards.set(eventId, read);
  return read;
}

/** The listing: every event, story and article of the index, without rows or article text (lib/export/data.ts). */
export function getIndex(): SiteListing {
  return load().listing;
}

/** An article in full: from the shard of the first event it is part of (or the few in none). */
export function getArticle(id: string): Article | undefined {
  const l = load();
  const home = l.eventsOfArticle.get(id)?.[0];
  if (home) return shard(home.id)?.articles.find((a) => a.id === id);
  l.loose ??= new Map(readLooseArticles(l.dir).map((a) => [a.id, a]));
  return l.loose.get(id);
}

/** An event in full (rows, related passages, insights); undefined for an id the index lacks (an alias among them). */
export function getEvent(id: string): Event | undefined {
  return shard(id)?.event;
}

/** An event's articles in full, in its order; an id the index lacks is left out. */
export function getEventArticles(event: Pick<Event, 'id'>): Article[] {
  const s = shard(event.id);
  return s ? shardArticles(s) : [];
}

/** The events an article is part of, in full, in the index's order (usually one). */
export function getEventsOfArticle(id: string): readonly Event[] {
  return getListedEventsOfArticle(id).flatMap((e) => getEvent(e.id) ?? []);
}

/** The events an article is part of as the listing has them (no rows), in the index's order: no shard is read. */
export function getListedEventsOfArticle(id: string): readonly ListingEvent[] {
  return load().eventsOfArticle.get(id) ?? [];
}

/**
 * Every event in full with its articles, in the index's order, one at a time and past the cache: for what looks at
 * the whole corpus (the pages of all findings' generateStaticParams).
 */
export function* allEvents(): Generator<{ event: Event; articles: Article[] }> {
  const { dir, listing } = load();
  for (const s of eventShards(dir, listing)) yield { event: s.event, articles: shardArticles(s) };
}
