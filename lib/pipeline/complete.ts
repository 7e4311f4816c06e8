import type { Article, Event, Insight, RelatedLink, Row } from '../types';
import { alignEventScored } from '../align/align';
import { relateEvent } from '../align/related';
import { computeInsights } from '../insights';
import { listingEvent, type ListingEvent } from '../export/data';
import { stableStringify } from './output/json';

/**
 * The work of one event, apart from everything else: align its articles' sentences into rows and name how the outlets
 * differ. What the build hands to worker threads; `timing` (milliseconds) is added to.
 */
export function completeEvent(
  event: Event,
  members: readonly Article[],
  timing?: EventTiming,
): { rows: Row[]; related: RelatedLink[]; insights: Insight[] } {
  const t0 = performance.now();
  const texts = members.map((a) => ({ id: a.id, sentences: a.sentences.map((s) => s.text) }));
  const { rows: aligned, scores } = alignEventScored(texts);
  // The related tier: passages about the same fact told differently, which rows do not pair (lib/align/related.ts),
  // scored with the alignment's own sentence scorer.
  const related = relateEvent(texts, aligned, {}, scores);
  const t1 = performance.now();
  const insights = computeInsights({ ...event, rows: aligned }, members);
  if (timing) {
    timing.alignMs += t1 - t0;
    timing.insightsMs += performance.now() - t1;
  }
  return { rows: aligned, related, insights };
}

/**
 * Milliseconds of one thread's per-event work: alignment, and the insights with the word diffs they call (lib/diff).
 * The diffs are not timed apart: a timer inside lib/diff would be a mutable global shipped to the browser, which runs
 * lib/diff for the pages (lib/view/marks.ts).
 */
export interface EventTiming {
  alignMs: number;
  insightsMs: number;
}

/** An event still to complete, and its articles. */
export interface EventTask {
  event: Event;
  members: Article[];
}

/**
 * An event still to complete with its articles as their stable JSON (as the index holds them): what the build hands a
 * worker. The build keeps articles' text on disk once they are planned, and a string crosses to a thread faster than
 * an object graph is cloned; the worker reads it (readEventTask).
 */
export interface EventTaskText {
  event: Event;
  members: string[];
}

export function readEventTask(task: EventTaskText): EventTask {
  return { event: task.event, members: task.members.map((text) => JSON.parse(text) as Article) };
}

/** A task's complete event as the index holds it (stable JSON). */
export function completeEventText(task: EventTask, timing?: EventTiming): string {
  return completeEventResult(task, timing).text;
}

/**
 * A task's complete event as the index holds it (stable JSON), and its entry in the site's listing: what a worker
 * sends back. The entry is made here, from the event object the text was written from, so that writing the shards
 * (lib/site/shards.ts) need not parse every event's text again for it (at 10k articles 266 MB of JSON, 1.7 CPU s on
 * the main thread while the workers sit idle). The same entry as `listingEvent` of the parsed text: the event holds
 * only JSON values (no undefined, NaN or -0 in the fields the entry reads), which shards.test.ts checks.
 */
export function completeEventResult(
  task: EventTask,
  timing?: EventTiming,
): { text: string; listing: ListingEvent } {
  const { rows, related, insights } = completeEvent(task.event, task.members, timing);
  const event = { ...task.event, rows, related, insights };
  return { text: stableStringify(event), listing: listingEvent(event) };
}
