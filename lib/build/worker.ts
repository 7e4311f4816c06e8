import { parentPort } from 'node:worker_threads';
import { parseFile } from './parsed';
import { completeEvent, type EventTask } from './index';

/**
 * A build worker thread (see pool.ts): parses corpus files and completes events, the two parts of a build that are
 * independent per item. Each request gets one response; the work is the same pure functions the single-threaded
 * build calls, so where it runs does not change the result.
 */
export type WorkerRequest =
  | { kind: 'parse'; files: { file: string; bytes: Uint8Array }[]; today: string }
  | { kind: 'events'; tasks: EventTask[] };

export type WorkerResponse =
  /**
   * Results travel as JSON text: the main thread parses JSON several times faster than it deserialises a structured
   * clone, and keeps parsed files in its cache as that text.
   */
  | { kind: 'parse'; parsed: string[]; ms: number }
  /** `results`: JSON of one { rows, insights } per task, in task order. */
  | { kind: 'events'; results: string; alignMs: number; insightsMs: number }
  | { kind: 'error'; message: string };

/** Names recur across a corpus: each worker tokenises a spelling once (see nameStems). */
const nameCache = new Map<string, string[]>();

function handle(request: WorkerRequest): WorkerResponse {
  if (request.kind === 'parse') {
    const t = performance.now();
    const parsed = request.files.map(({ file, bytes }) => parseFile(file, bytes, request.today, nameCache));
    return { kind: 'parse', parsed, ms: performance.now() - t };
  }
  let alignMs = 0;
  let insightsMs = 0;
  const results = request.tasks.map((task) => {
    const timing = { alignMs: 0, insightsMs: 0 };
    const result = completeEvent(task.event, task.members, timing);
    alignMs += timing.alignMs;
    insightsMs += timing.insightsMs;
    return result;
  });
  return { kind: 'events', results: JSON.stringify(results), alignMs, insightsMs };
}

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    parentPort!.postMessage(handle(request));
  } catch (err) {
    parentPort!.postMessage({ kind: 'error', message: (err as Error)?.stack ?? String(err) });
  }
});
