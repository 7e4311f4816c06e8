import type { Article, CorpusIndex, Diagnostic, Event, Story } from '../types';
import { INDEX_VERSION } from '../types';
import type { EventIdRegistry } from '../events/ids';
import { compareText } from '../text/compare';
import { eventKey, hashArticle, type BuildCache, type TextMap } from './cache/memory';
import { completeEventText, type EventTask } from './complete';
import { stableStringify } from './output/json';
import { planIndex, type BuildInput, type IndexPlan } from './plan';

/** The events of a plan the cache completes, and the tasks for the rest. */
export interface PendingEvents {
  plan: IndexPlan;
  /** Where each event's JSON goes, by `keys[k]`: the cache's events, or a map of this build's own. */
  texts: TextMap;
  keys: string[];
  tasks: EventTask[];
  /** Event index of each task. */
  taskOf: number[];
  /** Events kept without rows because their completion failed (storeEventWithoutRows), by key: never cached. */
  withoutRows: Map<string, string>;
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
    withoutRows: new Map(),
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
  stories: Story[];
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

/** The index, once every task's event is stored (storeEvent or storeEventWithoutRows). */
export function finishIndex(pending: PendingEvents): BuiltIndex {
  const { plan, texts, keys, withoutRows } = pending;
  const order = plan.events
    .map((e, k) => ({ date: e.date ?? '9999', id: e.id, key: keys[k]! }))
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
  return {
    articles: plan.articles,
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
    },
  };
}

/** The CorpusIndex of a built index (its events parsed from their JSON). */
export function indexOf(built: BuiltIndex): CorpusIndex {
  return {
    version: INDEX_VERSION,
    articles: built.articles,
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
  pending.tasks.forEach((task, t) => storeEvent(pending, t, completeEventText(task), cache));
  return { index: indexOf(finishIndex(pending)), registry: plan.registry };
}
