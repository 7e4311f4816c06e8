/**
 * The pipeline: a corpus folder → the CorpusIndex (DESIGN.md §1). Start here.
 *
 *   run.ts          buildCorpusIndex: the build as the CLI runs it, in named steps (parseFiles, planEvents: combine,
 *                   planIndex, keepArticles; completeEvents); once planned, articles' text is on disk and read back
 *                   an event at a time; a crash on a worker costs only its file or event
 *   plan.ts         the whole-corpus steps: cut overlong articles, order them, cluster them into events, give events ids,
 *                   link events into stories (lib/stories)
 *   limits.ts       the most of one article the build reads (capArticle): what keeps one huge file from stalling it
 *   problems.ts     diagnostics the build adds itself (a file or event that crashed a worker, an article cut)
 *   complete.ts     the per-event work: align sentences into rows, name how the outlets differ (insights)
 *   assemble.ts     events from the cache or from completeEvent, put in index order; buildIndex, the same build pure
 *   cache/          what a rebuild reuses: in memory (memory.ts), on disk (disk.ts), a file's parse (parsed.ts)
 *   workers/        the worker-thread pool that runs parsing and per-event work
 *   output/         the index as stable JSON text, written in pieces through a temporary file (the CLI then writes the
 *                   same index in shards for the site: lib/site/shards.ts)
 */
export { buildCorpusIndex, type RunOptions, type RunResult } from './run';
export { buildIndex, indexOf, type BuiltIndex } from './assemble';
export { capArticles, MAX_ARTICLE_CHARS, MAX_ARTICLE_SENTENCES } from './limits';
export {
  BUILD_MODULES,
  codeVersion,
  openBuildCache,
  temporaryBuildCache,
  type DiskCache,
} from './cache/disk';
export { indexChunks } from './output/chunks';
export { stableStringify } from './output/json';
export { writeChunks } from './output/write';
