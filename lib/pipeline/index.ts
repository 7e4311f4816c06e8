/**
 * The pipeline: a corpus folder → the CorpusIndex (DESIGN.md §1). Start here.
 *
 *   run.ts          buildCorpusIndex: the build as the CLI runs it (read files, parse, cluster, complete events)
 *   plan.ts         the whole-corpus steps: order articles, cluster them into events, give events stable ids
 *   complete.ts     the per-event work: align sentences into rows, name how the outlets differ (insights)
 *   assemble.ts     events from the cache or from completeEvent, put in index order; buildIndex, the same build pure
 *   cache/          what a rebuild reuses: in memory (memory.ts), on disk (disk.ts), a file's parse (parsed.ts)
 *   workers/        the worker-thread pool that runs parsing and per-event work
 *   output/         the index as stable JSON text, written in pieces through a temporary file
 */
export { buildCorpusIndex, type RunOptions, type RunResult } from './run';
export { buildIndex, indexOf, type BuiltIndex } from './assemble';
export { openBuildCache, temporaryBuildCache } from './cache/disk';
export { indexChunks } from './output/chunks';
export { stableStringify } from './output/json';
export { writeChunks } from './output/write';
