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
 * Workers load the TypeScript sources through tsx's require hook, as the CLI itself runs them (`tsx scripts/…`).
 */
export interface WorkerPool {
  readonly size: number;
  run(request: WorkerRequest): Promise<WorkerResponse>;
  close(): Promise<void>;
}

/** Worker threads that pay on this machine: one per core (the main thread mostly waits meanwhile). */
export function defaultWorkerCount(): number {
  return Math.max(1, os.availableParallelism());
}

export function createWorkerPool(size = defaultWorkerCount()): WorkerPool {
  const require = createRequire(import.meta.url);
  const tsx = require.resolve('tsx/cjs/api');
  const entry = fileURLToPath(new URL('./worker.ts', import.meta.url));
  const source = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`;
  const idle: Worker[] = [];
  const queue: {
    request: WorkerRequest;
    resolve: (r: WorkerResponse) => void;
    reject: (e: Error) => void;
  }[] = [];
  const busy = new Map<Worker, { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void }>();
  const workers: Worker[] = [];
  let failure: Error | undefined;

  const next = (worker: Worker) => {
    const job = queue.shift();
    if (!job) {
      idle.push(worker);
      return;
    }
    busy.set(worker, job);
    worker.postMessage(job.request, transferables(job.request));
  };
  // Workers start when there is work for them: loading the pipeline's modules takes a worker most of a second.
  const spawn = () => {
    const worker = new Worker(source, { eval: true });
    // An idle worker must not keep the process alive once the build is done.
    worker.unref();
    worker.on('message', (response: WorkerResponse) => {
      const job = busy.get(worker);
      busy.delete(worker);
      if (response.kind === 'error') job?.reject(new Error(`build worker: ${response.message}`));
      else job?.resolve(response);
      next(worker);
    });
    worker.on('error', (err) => {
      failure = err;
      busy.get(worker)?.reject(err);
      busy.delete(worker);
      for (const job of queue.splice(0)) job.reject(err);
    });
    workers.push(worker);
    next(worker);
  };
  return {
    size,
    run(request) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        queue.push({ request, resolve, reject });
        const worker = idle.pop();
        if (worker) next(worker);
        else if (workers.length < size) spawn();
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** File bytes are moved to the worker, not copied. */
function transferables(request: WorkerRequest): ArrayBuffer[] {
  if (request.kind !== 'parse') return [];
  return request.files.map((f) => f.bytes.buffer as ArrayBuffer);
}
