import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerRequest, WorkerResponse } from './worker';

/**
 * A fixed set of worker threads running lib/pipeline/workers/worker.ts, for the parts of a build that split into independent
 * tasks (parsing files, completing events). Tasks go to whichever worker is free, so results come back in any order;
 * callers place them by task, which keeps the output independent of timing.
 *
 * A worker that crashes (throws outside a task, exits, runs out of memory) fails the one task it held, with a
 * WorkerCrash; a fresh worker takes its place for the tasks still queued, so one bad input never stops the rest of a
 * build (lib/pipeline/run.ts retries a failed batch item by item to find the input at fault). Only a worker that
 * cannot start at all (its modules do not load) fails every task, with a WorkerStartError: then no worker would fare
 * better.
 *
 * Workers load the TypeScript sources through tsx's require hook, as the CLI itself runs them (`tsx scripts/…`).
 * Kept by hand rather than taken from a pool library: that hook, the moved (not copied) file bytes and the lazy start
 * are most of what it does, and a library would need a bootstrap file of its own to load TypeScript.
 */
export interface WorkerPool {
  readonly size: number;
  /** Workers started so far, replacements of crashed and retired ones included. */
  readonly started: number;
  run(request: WorkerRequest): Promise<WorkerResponse>;
  close(): Promise<void>;
}

/** The task's worker crashed while it held the task, or the task itself threw (`message` says which). */
export class WorkerCrash extends Error {
  override name = 'WorkerCrash';
}

/** A worker stopped before it was ready to take tasks: the pool cannot run anything. */
export class WorkerStartError extends Error {
  override name = 'WorkerStartError';
}

/** Worker threads that pay on this machine: one per core (the main thread mostly waits meanwhile). */
export function defaultWorkerCount(): number {
  return Math.max(1, os.availableParallelism());
}

interface Job {
  request: WorkerRequest;
  /** Bytes of the files a parse request holds (0 for others): counted before they are moved to the worker. */
  bytes: number;
  resolve: (r: WorkerResponse) => void;
  reject: (e: Error) => void;
}

export interface WorkerPoolOptions {
  /**
   * A worker is retired once the files it has parsed add up to this many bytes, and a fresh one takes the tasks still
   * queued (none: never). A worker that parses a corpus keeps memory in step with what it has parsed (two workers held
   * some 800 MB more at the end of a 100k parse than at its start), and only a thread's end gives it back; a fresh
   * worker costs most of a second. Counted in bytes, not tasks: a task is a batch of about 1 MiB, or one larger file.
   */
  parseBytesPerWorker?: number;
}

export function createWorkerPool(size = defaultWorkerCount(), options: WorkerPoolOptions = {}): WorkerPool {
  const require = createRequire(import.meta.url);
  const tsx = require.resolve('tsx/cjs/api');
  const entry = fileURLToPath(new URL('./worker.ts', import.meta.url));
  const source = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`;
  const idle: Worker[] = [];
  const queue: Job[] = [];
  const busy = new Map<Worker, Job>();
  const workers = new Set<Worker>();
  const ready = new Set<Worker>();
  let startFailure: Error | undefined;
  let closed = false;
  let started = 0;
  const bytesDone = new Map<Worker, number>();

  const next = (worker: Worker) => {
    const job = queue.shift();
    if (!job) {
      idle.push(worker);
      return;
    }
    busy.set(worker, job);
    worker.postMessage(job.request, transferables(job.request));
  };
  /** A worker is gone (crashed, exited, or closed): fail its task alone, and replace it while tasks wait. */
  const retire = (worker: Worker, reason: string) => {
    // 'error' is followed by 'exit': a worker retires once.
    if (!workers.delete(worker)) return;
    bytesDone.delete(worker);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    const job = busy.get(worker);
    busy.delete(worker);
    void worker.terminate();
    if (closed) {
      job?.reject(new WorkerCrash('build worker: the pool was closed'));
      return;
    }
    if (!ready.has(worker)) {
      startFailure = new WorkerStartError(`build worker could not start: ${reason}`);
      job?.reject(startFailure);
      for (const waiting of queue.splice(0)) waiting.reject(startFailure);
      return;
    }
    ready.delete(worker);
    job?.reject(new WorkerCrash(`build worker crashed: ${reason}`));
    if (queue.length > 0 && workers.size < size) spawn();
  };
  // Workers start when there is work for them: loading the pipeline's modules takes a worker most of a second.
  const spawn = () => {
    const worker = new Worker(source, { eval: true });
    started++;
    // An idle worker must not keep the process alive once the build is done.
    worker.unref();
    worker.on('message', (response: WorkerResponse) => {
      if (response.kind === 'ready') {
        ready.add(worker);
        return;
      }
      const job = busy.get(worker);
      busy.delete(worker);
      if (response.kind === 'error') job?.reject(new WorkerCrash(`build worker: ${response.message}`));
      else job?.resolve(response);
      const done = (bytesDone.get(worker) ?? 0) + (job?.bytes ?? 0);
      bytesDone.set(worker, done);
      if (options.parseBytesPerWorker !== undefined && done >= options.parseBytesPerWorker && !closed) {
        // Retired: its 'exit' finds it gone from `workers` and does nothing more.
        workers.delete(worker);
        ready.delete(worker);
        bytesDone.delete(worker);
        void worker.terminate();
        if (queue.length > 0) spawn();
        return;
      }
      next(worker);
    });
    worker.on('error', (err) => retire(worker, err.message));
    worker.on('exit', (code) => retire(worker, `its thread exited with code ${code}`));
    workers.add(worker);
    next(worker);
  };
  return {
    size,
    get started() {
      return started;
    },
    run(request) {
      if (startFailure) return Promise.reject(startFailure);
      if (closed) return Promise.reject(new WorkerCrash('build worker: the pool was closed'));
      return new Promise((resolve, reject) => {
        const bytes = request.kind === 'parse' ? request.files.reduce((n, f) => n + f.bytes.length, 0) : 0;
        queue.push({ request, bytes, resolve, reject });
        const worker = idle.pop();
        if (worker) next(worker);
        else if (workers.size < size) spawn();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new WorkerCrash('build worker: the pool was closed'));
      await Promise.all([...workers].map((w) => w.terminate()));
    },
  };
}

/** File bytes are moved to the worker, not copied. */
function transferables(request: WorkerRequest): ArrayBuffer[] {
  if (request.kind !== 'parse') return [];
  return request.files.map((f) => f.bytes.buffer as ArrayBuffer);
}
