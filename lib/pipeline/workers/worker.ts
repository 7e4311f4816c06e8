import { parentPort } from 'node:worker_threads';
import { parseFile } from '../cache/parsed';
import type { ListingEvent } from '../../export/data';
import { completeEventResult, readEventTask, type EventTaskText, type EventTiming } from '../complete';

/**
 * A build worker thread (see pool.ts): parses corpus files and completes events, the two parts of a build that are
 * independent per item. Each request gets one response; the work is the same pure functions the single-threaded
 * build calls, so where it runs does not change the result.
 */
export type WorkerRequest =
  | { kind: 'parse'; files: { file: string; bytes: Uint8Array }[]; today: string }
  | { kind: 'events'; tasks: EventTaskText[] };

export type WorkerResponse =
  /**
   * Results travel as the cache's entries (lib/pipeline/cache/parsed.ts), serialised by the worker: the main thread
   * keeps them in its cache as they are and reads each one once.
   */
  | { kind: 'parse'; parsed: Uint8Array[]; ms: number }
  /**
   * `texts`: each task's complete event as the index holds it, and `listings` its listing entry (completeEventResult),
   * in task order.
   */
  | { kind: 'events'; texts: string[]; listings: ListingEvent[]; timing: EventTiming }
  | { kind: 'error'; message: string }
  /** Sent once, when the worker's modules are loaded: a worker that stops before it crashed at start-up. */
  | { kind: 'ready' };

/** Names recur across a corpus: each worker tokenises a spelling once (see nameStems). */
const nameCache = new Map<string, string[]>();

/**
 * For tests only (lib/pipeline/workers/pool.test.ts): a corpus file name or an event id; a worker handed it ends its
 * thread at once, as a crash would, so the tests can check that a build survives one.
 */
const crashOn = process.env.PARALLAX_TEST_WORKER_CRASH;

function handle(request: WorkerRequest): WorkerResponse {
  if (crashOn !== undefined && crashOn !== '') {
    const named =
      request.kind === 'parse'
        ? request.files.some((f) => f.file === crashOn)
        : request.tasks.some((t) => t.event.id === crashOn);
    if (named) process.exit(1);
  }
  if (request.kind === 'parse') {
    const t = performance.now();
    const parsed = request.files.map(({ file, bytes }) => parseFile(file, bytes, request.today, nameCache));
    return { kind: 'parse', parsed, ms: performance.now() - t };
  }
  const timing: EventTiming = { alignMs: 0, insightsMs: 0 };
  const results = request.tasks.map((task) => completeEventResult(readEventTask(task), timing));
  return {
    kind: 'events',
    texts: results.map((r) => r.text),
    listings: results.map((r) => r.listing),
    timing,
  };
}

parentPort?.postMessage({ kind: 'ready' } satisfies WorkerResponse);
parentPort?.on('message', (request: WorkerRequest) => {
  try {
    parentPort!.postMessage(handle(request));
  } catch (err) {
    parentPort!.postMessage({ kind: 'error', message: (err as Error)?.stack ?? String(err) });
  }
});
