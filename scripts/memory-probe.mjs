// How the index build's memory moves over its stages (docs/performance.md, "The index build's memory"): preloaded into
// the build with `NODE_OPTIONS="--import ./scripts/memory-probe.mjs" MEMORY_PROBE=FILE`, it appends a line a second
// to FILE: seconds since start, the process's resident set (worker threads included), and the main thread's V8 heap
// (used, and what V8 holds for it). Measures only: the build does the same with it or without. Node runs preloads in
// the main thread only, and only a process whose script is scripts/corpus.ts is sampled (`npm run bench` spawns
// one per build, and its own process is left alone).
import { appendFileSync } from 'node:fs';
import v8 from 'node:v8';

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
}
