import type { Article, Event, Insight, Row } from '../types';
import { alignEvent } from '../align/align';
import { computeInsights } from '../insights';
import { diffTime } from '../diff/words';
import { stableStringify } from './output/json';

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

/** A task's complete event as the index holds it (stable JSON): what a worker sends back. */
export function completeEventText(task: EventTask, timing?: EventTiming): string {
  const { rows, insights } = completeEvent(task.event, task.members, timing);
  return stableStringify({ ...task.event, rows, insights });
}
