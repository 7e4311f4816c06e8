import type { Article, CorpusIndex, Diagnostic, Event, Story } from '../types';
import { INDEX_VERSION } from '../types';
import type { EventIdRegistry } from '../events/ids';
import { compareText } from '../text/compare';
import { eventKey, hashArticle, type BuildCache, type TextMap } from './cache/memory';
import type { ListingEvent } from '../export/data';
import { completeEventResult } from './complete';
import { stableStringify } from './output/json';
import { planIndex, type BuildInput, type IndexPlan } from './plan';

/**
 * An event still to complete: the event, and its articles as places in `plan.articles` (in its articleIds order). The
 * build holds places rather than articles so that the articles' text need not stay in memory while events are
 * completed (lib/pipeline/run.ts keeps it on disk, and reads an event's articles back when the event's turn comes).
 */
export interface PendingTask {
  event: Event;
  members: number[];
}

/** The events of a plan the cache completes, and the tasks for the rest. */
export interface PendingEvents {
  plan: IndexPlan;
  /** Where each event's JSON goes, by `keys[k]`: the cache's events, or a map of this build's own. */
  texts: TextMap;
  keys: string[];
  /** Whether `keys` are content keys (eventKey, with a cache) rather than places (`String(k)`, without one). */
  keyed: boolean;
  tasks: PendingTask[];
  /** Event index of each task. */
  taskOf: number[];
  /** Events kept without rows because their completion failed (storeEventWithoutRows), by key: never cached. */
  withoutRows: Map<string, string>;
  /**
   * The listing entry of each event completed by this build, by key (storeEvent): the shards take it from here rather
   * than parse the event's text for it. Events from the cache have none (their shard file is usually kept whole).
   */
  listings: Map<string, ListingEvent>;
}

/**
 * Complete from the cache what it holds (see BuildCache); the rest becomes tasks for `completeEvent`. `articleHash`
 * must change whenever anything of an article does (default: a hash of its JSON).
 */
export function pendingEvents(
  plan: IndexPlan,
  cache?: BuildCache,
  articleHash: (a: Article) => string = hashArticle,
): PendingEvents {
  const pending: PendingEvents = {
    plan,
    texts: cache?.events ?? new Map<string, string>(),
    keys: [],
    keyed: cache !== undefined,
    tasks: [],
    taskOf: [],
    withoutRows: new Map(),
    listings: new Map(),
  };
  const place = new Map(plan.articles.map((a, i) => [a, i]));
  plan.events.forEach((event, k) => {
    const members = plan.members[k]!;
    const key = cache ? eventKey(event, members, articleHash) : String(k);
    pending.keys.push(key);
    if (cache?.events.has(key)) {
      cache.used.add(key);
      return;
    }
    pending.tasks.push({ event, members: members.map((a) => place.get(a)!) });
    pending.taskOf.push(k);
  });
  return pending;
}

/** An article without its text (blocks and sentences), as a listing shows it: what the build keeps of each in memory. */
export type ArticleHead = Omit<Article, 'blocks' | 'sentences'> & {
  /** How many sentences the article has: row cells index into them. */
  sentenceCount: number;
};

/** `article` without its text: lib/export/data.ts's ListingArticle, the same keys. */
export function articleHead(article: Article): ArticleHead {
  const head: ArticleHead & Partial<Pick<Article, 'blocks' | 'sentences'>> = {
    ...article,
    sentenceCount: article.sentences.length,
  };
  delete head.blocks;
  delete head.sentences;
  return head;
}

/**
 * The articles of an index, in index order: each one's head (kept in memory) and its stable JSON (made when asked, or
 * read from where the build keeps it: a large build keeps no article's text in memory once it is planned).
 */
export interface IndexArticles {
  length: number;
  head(i: number): ArticleHead;
  /** Stable JSON of the article, as the index holds it: UTF-8 bytes where the build keeps it so (the cache's copy). */
  text(i: number): Uint8Array | string;
}

/** The IndexArticles of articles held whole (tests, buildIndex, small corpora). */
export function articlesHeld(articles: readonly Article[]): IndexArticles {
  return {
    length: articles.length,
    head: (i) => articleHead(articles[i]!),
    text: (i) => stableStringify(articles[i]),
  };
}

/**
 * An index as the build makes it: articles and diagnostics as objects, each event as the JSON text the index holds,
 * read when wanted (cached events are never parsed just to be written again, and the texts of a large index need not
 * all be in memory). `indexOf` gives the CorpusIndex, `indexChunks` its text.
 */
export interface BuiltIndex {
  articles: IndexArticles;
  diagnostics: Diagnostic[];
  /** Stable JSON of each event, in index order (by date, then id). */
  events: {
    length: number;
    at(i: number): string;
    bytesAt(i: number): Uint8Array | string;
    /**
     * Event i's id, and a content key of its text and its articles' (the cache's key of the event: see eventKey): the
     * same key, the same bytes, from the same code. Undefined where the build has none (no cache, or an event kept
     * without rows, which is never cached). Lets the shards keep an unchanged event's file (lib/site/shards.ts).
     */
    keyOf?(i: number): { id: string; key: string } | undefined;
    /** Event i's listing entry where the build made it with the event (listingEvent of its text), else undefined. */
    listingAt?(i: number): ListingEvent | undefined;
  };
  stories: Story[];
}

/**
 * Keep task `t`'s complete event (its JSON text, from completeEventText here or on a worker: the same either way), in
 * the cache when there is one. Stored as each arrives, so a build never holds every event's rows at once.
 */
export function storeEvent(
  pending: PendingEvents,
  t: number,
  text: string,
  cache?: BuildCache,
  listing?: ListingEvent,
): void {
  const key = pending.keys[pending.taskOf[t]!]!;
  pending.texts.set(key, text);
  if (listing) pending.listings.set(key, listing);
  cache?.used.add(key);
}

/**
 * Keep task `t`'s event without rows or insights: what the index holds of an event whose completion failed (the build
 * adds a diagnostic naming it). Not cached, so the next build tries it again.
 */
export function storeEventWithoutRows(pending: PendingEvents, t: number): void {
  const task = pending.tasks[t]!;
  pending.withoutRows.set(
    pending.keys[pending.taskOf[t]!]!,
    stableStringify({ ...task.event, rows: [], insights: [] }),
  );
}

/**
 * The index, once every task's event is stored (storeEvent or storeEventWithoutRows); `articles` where the build keeps
 * them elsewhere than in `pending.plan`.
 */
export function finishIndex(
  pending: PendingEvents,
  articles: IndexArticles = articlesHeld(pending.plan.articles),
): BuiltIndex {
  const { plan, texts, keys, keyed, withoutRows } = pending;
  const order = plan.events
    .map((e, k) => ({ date: e.date ?? '9999', id: e.id, key: keys[k]! }))
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
  return {
    articles,
    diagnostics: plan.diagnostics,
    stories: plan.stories,
    events: {
      length: order.length,
      at(i) {
        const text = withoutRows.get(order[i]!.key) ?? texts.get(order[i]!.key);
        if (text === undefined) throw new Error(`buildIndex: no result for event ${order[i]!.id}`);
        return text;
      },
      bytesAt(i) {
        return (withoutRows.has(order[i]!.key) ? undefined : texts.bytes?.(order[i]!.key)) ?? this.at(i);
      },
      keyOf(i) {
        const { id, key } = order[i]!;
        return keyed && !withoutRows.has(key) ? { id, key } : undefined;
      },
      listingAt(i) {
        const { key } = order[i]!;
        return withoutRows.has(key) ? undefined : pending.listings.get(key);
      },
    },
  };
}

/** The CorpusIndex of a built index (its events parsed from their JSON). */
export function indexOf(built: BuiltIndex): CorpusIndex {
  const parse = <T>(text: Uint8Array | string) =>
    JSON.parse(typeof text === 'string' ? text : Buffer.from(text).toString('utf8')) as T;
  return {
    version: INDEX_VERSION,
    articles: Array.from({ length: built.articles.length }, (_, i) => parse<Article>(built.articles.text(i))),
    events: Array.from({ length: built.events.length }, (_, i) => JSON.parse(built.events.at(i)) as Event),
    stories: built.stories,
    diagnostics: built.diagnostics,
  };
}

/**
 * corpus → CorpusIndex: cluster articles into events, give them stable ids, align each event's sentences and name how
 * its outlets differ. Pure and synchronous: the id registry comes in and the updated registry goes out; the caller
 * persists it (lib/pipeline/run.ts is the same build with the per-event work on worker threads, and the same output).
 * Output order is fixed (articles by date, outlet, id; events by date, id) so the same input gives the same bytes.
 */
export function buildIndex(
  input: BuildInput,
  registry: EventIdRegistry,
  cache?: BuildCache,
): { index: CorpusIndex; registry: EventIdRegistry } {
  const plan = planIndex(input, registry);
  const pending = pendingEvents(plan, cache);
  pending.tasks.forEach((task, t) => {
    const members = task.members.map((i) => plan.articles[i]!);
    const { text, listing } = completeEventResult({ event: task.event, members });
    storeEvent(pending, t, text, cache, listing);
  });
  return { index: indexOf(finishIndex(pending)), registry: plan.registry };
}
