import { describe, expect, it } from 'vitest';
import type { Event } from '../types';
import type { ArticleHead, PendingTask } from './assemble';
import { eventBatches } from './run';

/** Events of `sizes[k]` articles of 30 sentences each, as the build hands them to eventBatches. */
function tasksOf(sizes: number[]): { tasks: PendingTask[]; head: (i: number) => ArticleHead } {
  let next = 0;
  const tasks = sizes.map((n, k) => ({
    event: { id: `e${k}` } as Event,
    members: Array.from({ length: n }, () => next++),
  }));
  return { tasks, head: () => ({ sentenceCount: 30 }) as ArticleHead };
}

describe('eventBatches', () => {
  it('puts every event in one batch, costliest first', () => {
    const { tasks, head } = tasksOf([2, 46, 1, 8, 8, 3]);
    const batches = eventBatches(tasks, { head }, 2);
    expect(batches.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(batches[0]).toEqual([1]);
  });

  it('keeps a batch within MAX_BATCH_ARTICLES however large the corpus, (64), but for an event wider than that alone', () => {
    // 12,900 events of 1 to 70 articles: a 64th of the cost would be some 200 events a batch.
    const sizes = Array.from({ length: 12900 }, (_, k) => 1 + ((k * 37) % 70));
    const { tasks, head } = tasksOf(sizes);
    const batches = eventBatches(tasks, { head }, 2);
    for (const ids of batches) {
      const articles = ids.reduce((n, t) => n + tasks[t]!.members.length, 0);
      if (ids.length > 1) expect(articles).toBeLessThanOrEqual(64);
    }
    expect(
      batches.filter((ids) => ids.length === 1 && tasks[ids[0]!]!.members.length > 64).length,
    ).toBeGreaterThan(0);
    expect(batches.flat().length).toBe(12900);
  });
});
