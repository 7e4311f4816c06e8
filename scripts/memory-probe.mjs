// How the index build's memory moves over its stages (docs/performance.md, "The index build's memory"): preloaded into
// the build with `NODE_OPTIONS="--import ./scripts/memory-probe.mjs" MEMORY_PROBE=FILE`, it appends to FILE a line a
// second of the main thread's V8 heap (used / what V8 holds for it) with the process's resident set (worker threads
// included), and, from a thread of its own, a line a second of the resident set alone, which goes on while the main
// thread is busy (clustering holds it for tens of seconds, when the main thread's timer cannot fire). Measures only:
// the build does the same with it or without. Node runs preloads in the main thread only, and only a process whose
// script is scripts/corpus.ts is sampled (`npm run bench` spawns one per build; its own process is left alone).
import { appendFileSync } from 'node:fs';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';

const file = process.env.MEMORY_PROBE;
if (file && process.argv.some((arg) => arg.endsWith('corpus.ts'))) {
  const start = Date.now();
  const mib = (bytes) => Math.round(bytes / 2 ** 20);
  setInterval(() => {
    const heap = v8.getHeapStatistics();
    appendFileSync(
      file,
      `${process.pid} ${((Date.now() - start) / 1000).toFixed(1)} s rss ${mib(process.memoryUsage.rss())} ` +
        `heap ${mib(heap.used_heap_size)} / ${mib(heap.total_heap_size)} MiB\n`,
    );
  }, 1000).unref();
  const sampler = `
    const { appendFileSync } = require('node:fs');
    const { file, pid, start } = require('node:worker_threads').workerData;
    setInterval(() => {
      const rss = Math.round(process.memoryUsage.rss() / 2 ** 20);
      appendFileSync(file, pid + ' ' + ((Date.now() - start) / 1000).toFixed(1) + ' s rss ' + rss + ' (sampler)\\n');
    }, 1000);`;
  new Worker(sampler, { eval: true, workerData: { file, pid: process.pid, start } }).unref();
}
