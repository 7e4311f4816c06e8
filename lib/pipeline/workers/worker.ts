import { parentPort } from 'node:worker_threads';
import { parseFile } from '../cache/parsed';
import { completeEventText, type EventTask, type EventTiming } from '../complete';

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
  /** `texts`: each task's complete event as the index holds it (completeEventText), in task order. */
  | { kind: 'events'; texts: string[]; timing: EventTiming }
  | { kind: 'error'; message: string };

/** Names recur across a corpus: each worker tokenises a spelling once (see nameStems). */
const nameCache = new Map<string, string[]>();

function handle(request: WorkerRequest): WorkerResponse {
  if (request.kind === 'parse') {
    const t = performance.now();
    const parsed = request.files.map(({ file, bytes }) => parseFile(file, bytes, request.today, nameCache));
    return { kind: 'parse', parsed, ms: performance.now() - t };
  }
  const timing: EventTiming = { alignMs: 0, insightsMs: 0 };
  const texts = request.tasks.map((task) => completeEventText(task, timing));
  return { kind: 'events', texts, timing };
}

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    parentPort!.postMessage(handle(request));
  } catch (err) {
    parentPort!.postMessage({ kind: 'error', message: (err as Error)?.stack ?? String(err) });
  }
});
