import { createHash } from 'node:crypto';
import type { Article, CorpusIndex, Diagnostic, Event, Row } from '../types';
import { INDEX_VERSION } from '../types';
import { clusterEvents } from '../events/cluster';
import { assignEventIds, type EventIdRegistry } from '../events/ids';
import { corpusTerms, type CorpusTerms } from '../events/terms';
import { alignEvent } from '../align/align';
import { computeInsights, type Insight } from '../insights';
import { stableStringify } from './json';
import { diffTime } from '../diff/words';
import { compareText } from '../text/compare';

export interface BuildInput {
  articles: Article[];
  diagnostics: Diagnostic[];
}

/** Texts by key: a Map, or a file that holds them (lib/build/store.ts), so a large build need not keep them all. */
export interface TextMap {
  has(key: string): boolean;
  get(key: string): string | undefined;
  set(key: string, text: string): void;
  /** The text as UTF-8 bytes, where the map holds it so (a file): saves decoding text only to write it again. */
  bytes?(key: string): Uint8Array | undefined;
}

/**
 * What a build can reuse from an earlier one, as JSON text (a fresh copy each time it is read):
 * - `parsed`: a corpus file's parse, by its path, bytes and day (only lib/build/run.ts reads files);
 * - `events`: a complete event (rows and insights) as the index writes it, by the event as clustering and naming made
 *   it and all of its members' content. An event that gains or loses an article, or whose article changed, is aligned
 *   again as a whole: alignment is per event, and most events are a handful of articles.
 * Keys are content hashes, so a stale entry is never wrong, only unused; an entry is valid for the code that made it
 * (lib/build/store.ts keeps one cache per code version). `used` collects the keys a build read or wrote: what a
 * persisted cache keeps.
 */
export interface BuildCache {
  parsed: TextMap;
  events: TextMap;
  /** An article's stable JSON as the index writes it, by its content hash (a warm build copies it, see indexChunks). */
  articles?: TextMap;
  used: Set<string>;
}

/** A cache in memory (the CLI keeps one on disk: lib/build/store.ts). */
export function createBuildCache(): BuildCache & {
  parsed: Map<string, string>;
  events: Map<string, string>;
} {
  return { parsed: new Map(), events: new Map(), used: new Set() };
}

/** A complete event depends on the event as clustering and naming made it, and on everything of its articles. */
function eventKey(event: Event, members: readonly Article[], articleHash: (a: Article) => string): string {
  const h = createHash('sha1');
  h.update(JSON.stringify({ ...event, rows: undefined, insights: undefined }));
  for (const a of members) h.update('\u0000').update(articleHash(a));
  return h.digest('hex');
}

/** A content hash of a whole article. */
export function hashArticle(a: Article): string {
  return createHash('sha1').update(JSON.stringify(a)).digest('hex');
}

/**
 * The work of one event, apart from everything else: align its articles' sentences into rows and name how the outlets
 * differ. What the build hands to worker threads; `timing` (milliseconds) is added to.
 */
export function completeEvent(
  event: Event,
  members: readonly Article[],
  timing?: EventTiming,
): { rows: Row[]; insights: Insight[] } {
  const t0 = performance.now();
  const diff0 = diffTime.ms;
  const aligned =
    members.length > 0
      ? alignEvent(members.map((a) => ({ id: a.id, sentences: a.sentences.map((s) => s.text) })))
      : [];
  const t1 = performance.now();
  const insights = computeInsights({ ...event, rows: aligned }, members);
  if (timing) {
    const diffMs = diffTime.ms - diff0;
    timing.alignMs += t1 - t0;
    timing.diffMs += diffMs;
    timing.insightsMs += performance.now() - t1 - diffMs;
  }
  return { rows: aligned, insights };
}

/**
 * Milliseconds of one thread's per-event work: alignment, the word diffs (lib/diff, all called from the insights), and
 * the rest of the insights.
 */
export interface EventTiming {
  alignMs: number;
  diffMs: number;
  insightsMs: number;
}

/** An event still to complete, and its articles. */
export interface EventTask {
  event: Event;
  members: Article[];
}

/** A build up to the per-event work: articles in order, events with stable ids (no rows yet), sorted diagnostics. */
export interface IndexPlan {
  articles: Article[];
  events: Event[];
  /** Each event's articles, in its articleIds order. */
  members: Article[][];
  diagnostics: Diagnostic[];
  registry: EventIdRegistry;
}

/**
 * The whole-corpus steps of a build: order the articles, cluster them into events, give the events their ids.
 * `terms` (by article id) saves tokenising articles whose terms are known (lib/build/run.ts caches them).
 */
export function planIndex(input: BuildInput, registry: EventIdRegistry, terms?: CorpusTerms): IndexPlan {
  const articles = [...input.articles].sort(compareArticles);
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Tokenised once, read by clustering and by event naming.
  const known = terms ?? corpusTerms(articles);
  const stats: { df?: Map<string, number> } = {};
  const groups = clusterEvents(articles, {}, known, stats);
  const assigned = assignEventIds(groups, articles, registry, known, stats.df);
  const members = assigned.events.map((event) =>
    event.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined),
  );
  const diagnostics = [...input.diagnostics].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareText(a.severity, b.severity) ||
      compareText(a.message, b.message),
  );
  return { articles, events: assigned.events, members, diagnostics, registry: assigned.registry };
}

/** The events of a plan the cache completes, and the tasks for the rest. */
export interface PendingEvents {
  plan: IndexPlan;
  /** Where each event's JSON goes, by `keys[k]`: the cache's events, or a map of this build's own. */
  texts: TextMap;
  keys: string[];
  tasks: EventTask[];
  /** Event index of each task. */
  taskOf: number[];
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
    tasks: [],
    taskOf: [],
  };
  plan.events.forEach((event, k) => {
    const members = plan.members[k]!;
    const key = cache ? eventKey(event, members, articleHash) : String(k);
    pending.keys.push(key);
    if (cache?.events.has(key)) {
      cache.used.add(key);
      return;
    }
    pending.tasks.push({ event, members });
    pending.taskOf.push(k);
  });
  return pending;
}

/**
 * An index as the build makes it: articles and diagnostics as objects, each event as the JSON text the index holds,
 * read when wanted (cached events are never parsed just to be written again, and the texts of a large index need not
 * all be in memory). `indexOf` gives the CorpusIndex, `indexChunks` its text.
 */
export interface BuiltIndex {
  articles: Article[];
  diagnostics: Diagnostic[];
  /** Stable JSON of each article, in index order, where the build keeps it (else made from `articles`). */
  articleText?: (i: number) => Uint8Array | string;
  /** Stable JSON of each event, in index order (by date, then id). */
  events: { length: number; at(i: number): string; bytesAt(i: number): Uint8Array | string };
}

/** A task's complete event as the index holds it (stable JSON): what a worker sends back. */
export function completeEventText(task: EventTask, timing?: EventTiming): string {
  const { rows, insights } = completeEvent(task.event, task.members, timing);
  return stableStringify({ ...task.event, rows, insights });
}

/**
 * Keep task `t`'s complete event (its JSON text, from completeEventText here or on a worker: the same either way), in
 * the cache when there is one. Stored as each arrives, so a build never holds every event's rows at once.
 */
export function storeEvent(pending: PendingEvents, t: number, text: string, cache?: BuildCache): void {
  const key = pending.keys[pending.taskOf[t]!]!;
  pending.texts.set(key, text);
  cache?.used.add(key);
}

/** The index, once every task's event is stored (storeEvent). */
export function finishIndex(pending: PendingEvents): BuiltIndex {
  const { plan, texts, keys } = pending;
  const order = plan.events
    .map((e, k) => ({ date: e.date ?? '9999', id: e.id, key: keys[k]! }))
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
  return {
    articles: plan.articles,
    diagnostics: plan.diagnostics,
    events: {
      length: order.length,
      at(i) {
        const text = texts.get(order[i]!.key);
        if (text === undefined) throw new Error(`buildIndex: no result for event ${order[i]!.id}`);
        return text;
      },
      bytesAt(i) {
        return texts.bytes?.(order[i]!.key) ?? this.at(i);
      },
    },
  };
}

/** The CorpusIndex of a built index (its events parsed from their JSON). */
export function indexOf(built: BuiltIndex): CorpusIndex {
  return {
    version: INDEX_VERSION,
    articles: built.articles,
    events: Array.from({ length: built.events.length }, (_, i) => JSON.parse(built.events.at(i)) as Event),
    diagnostics: built.diagnostics,
  };
}

/**
 * The index's JSON text in pieces, without ever holding all of it (the index of 100k articles is longer than one
 * string may be): the pieces joined are `stableStringify(indexOf(built))`, the keys in sorted order. An event comes as
 * the cache's UTF-8 bytes where it has them (a warm build writes most events without decoding them), and so does an
 * article.
 */
export function* indexChunks(built: BuiltIndex): Generator<string | Uint8Array> {
  yield '{"articles":[';
  for (let i = 0; i < built.articles.length; i++) {
    if (i > 0) yield ',';
    yield built.articleText?.(i) ?? stableStringify(built.articles[i]);
  }
  yield `],"diagnostics":${stableStringify(built.diagnostics)},"events":[`;
  for (let i = 0; i < built.events.length; i++) {
    if (i > 0) yield ',';
    yield built.events.bytesAt(i);
  }
  yield `],"version":${INDEX_VERSION}}`;
}

/**
 * corpus → CorpusIndex: cluster articles into events, give them stable ids, align each event's sentences and name how
 * its outlets differ. Pure and synchronous: the id registry comes in and the updated registry goes out; the caller
 * persists it (lib/build/run.ts is the same build with the per-event work on worker threads, and the same output).
 * Output order is fixed (articles by date, outlet, id; events by date, id) so the same input gives the same bytes.
 */
export function buildIndex(
  input: BuildInput,
  registry: EventIdRegistry,
  cache?: BuildCache,
): { index: CorpusIndex; registry: EventIdRegistry } {
  const plan = planIndex(input, registry);
  const pending = pendingEvents(plan, cache);
  pending.tasks.forEach((task, t) => storeEvent(pending, t, completeEventText(task), cache));
  return { index: indexOf(finishIndex(pending)), registry: plan.registry };
}

export function compareArticles(a: Article, b: Article): number {
  return (
    compareText(a.date ?? '9999', b.date ?? '9999') ||
    compareText(a.outlet.id, b.outlet.id) ||
    compareText(a.id, b.id)
  );
}
