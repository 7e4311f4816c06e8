import { articleTerms } from '../events/terms';
import { createHash } from 'node:crypto';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Article, Diagnostic } from '../types';
import { combineFiles, type Corpus } from '../corpus/combine';
import { listCorpusFiles, readCorpusFile } from '../corpus/load';
import type { ParsedFile } from '../corpus/parse';
import { todayUtc } from '../corpus/date';
import type { EventIdRegistry } from '../events/ids';
import type { ArticleTerms, CorpusTerms } from '../events/terms';
import {
  articleHead,
  finishIndex,
  pendingEvents,
  storeEvent,
  storeEventWithoutRows,
  type BuiltIndex,
  type IndexArticles,
  type PendingEvents,
  type PendingTask,
} from './assemble';
import { createBuildCache, hashArticle, type BuildCache, type TextMap } from './cache/memory';
import { parseFile, readParsedFile, unreadableEntry } from './cache/parsed';
import { completeEventResult, readEventTask, type EventTaskText, type EventTiming } from './complete';
import type { ListingEvent } from '../export/data';
import { stableStringify } from './output/json';
import { compareText } from '../text/compare';
import { compareDiagnostics, planIndex } from './plan';
import { articleProblem, errorReason } from './problems';
import { createWorkerPool, defaultWorkerCount, WorkerStartError, type WorkerPool } from './workers/pool';

/**
 * The build of a corpus folder as the CLI runs it: buildIndex's steps, with parsing and the per-event work (alignment,
 * insights) on worker threads, and a cache that lets a rebuild skip the files and events that did not change. The
 * output is the same bytes as `buildIndex(loadCorpus(dir), registry)`, with or without workers or cache (build.test.ts).
 */
export interface RunOptions {
  /** Worker threads; 0 does everything in this thread. Default: one per core. */
  workers?: number;
  /** Parsed files and complete events of earlier builds (lib/pipeline/cache/disk.ts keeps one on disk); filled in as it goes. */
  cache?: BuildCache;
  /** `YYYY-MM-DD` against which article dates are checked (see ParseOptions); default today (UTC). */
  today?: string;
  /**
   * Milliseconds per stage, added to: parse, cluster, events (wall clock), with parseCpu, clusterCpu, eventsCpu (CPU
   * time of the process, every thread); align, insights (wall clock of each event's parts, summed over threads).
   */
  timings?: Record<string, number>;
  /**
   * Bytes of corpus text per parse task, and the fewest events worth starting workers for (see the constants below);
   * tests set them low so that a small corpus goes through the workers.
   */
  batching?: { parseBytes?: number; minEvents?: number };
}

export interface RunResult {
  /** The index (see BuiltIndex: `indexOf` for the CorpusIndex, `indexChunks` for its text). */
  index: BuiltIndex;
  registry: EventIdRegistry;
  /** What was made rather than taken from the cache: files parsed, events completed. */
  made: { files: number; events: number };
}

/** Batches of about this many bytes of corpus text per parse task: large enough to amortise a message. */
const PARSE_BATCH_BYTES = 1 << 20;
/**
 * A parse worker is replaced once it has parsed this many bytes (see WorkerPoolOptions): at 100k articles the two
 * parse workers held some 800 MB at the end of parsing. Each replacement costs most of a second of start-up, some 8 a
 * worker at 100k (240 MB of corpus text each). Counted in bytes: the bench's 100k corpus is 100 files of 4.8 MB, each
 * a task of its own, so 32 tasks a worker (the first form) retired each worker once.
 */
const PARSE_BYTES_PER_WORKER = 32 * 2 ** 20;
/**
 * Fewer events than this are completed in the main thread: starting a worker (loading the pipeline's modules) costs
 * about what 30 average events do, and a rebuild after a small change has only a few.
 */
const MIN_EVENTS_FOR_WORKERS = 32;

/** A file's parse depends on its path, its bytes and the day it is checked against (future dates are flagged). */
function parseKey(file: string, bytes: Uint8Array, today: string): string {
  return createHash('sha1')
    .update(file)
    .update('\u0000')
    .update(today)
    .update('\u0000')
    .update(bytes)
    .digest('hex');
}

/**
 * The build, step by step: parseFiles (each file's parse, from the cache or made), combine (one article list),
 * planIndex (order, cluster, name), completeEvents (rows and insights, from the cache or made), attachArticleTexts
 * (each article's JSON through the cache). A file or event whose work crashes a worker costs only itself: it becomes a
 * diagnostic, and the rest of the build goes on.
 */
export async function buildCorpusIndex(
  dir: string,
  registry: EventIdRegistry,
  options: RunOptions = {},
): Promise<RunResult> {
  const workers = options.workers ?? defaultWorkerCount();
  const pool =
    workers > 0 ? createWorkerPool(workers, { parseBytesPerWorker: PARSE_BYTES_PER_WORKER }) : undefined;
  const build: Build = {
    cache: options.cache ?? createBuildCache(),
    today: options.today ?? todayUtc(),
    timings: options.timings ?? {},
    batching: options.batching ?? {},
    pool,
  };
  // Each stage's wall clock, and the CPU time of the whole process over it (`<stage>Cpu`: every thread, the workers'
  // included), which a busy machine does not inflate as it does the wall clock.
  let cpuSince = processCpuMs();
  const lap = (stage: string, since: number) => {
    build.timings[stage] = (build.timings[stage] ?? 0) + performance.now() - since;
    const cpu = processCpuMs();
    build.timings[`${stage}Cpu`] = (build.timings[`${stage}Cpu`] ?? 0) + cpu - cpuSince;
    cpuSince = cpu;
    return performance.now();
  };
  try {
    let t = performance.now();
    const files = await parseFiles(dir, build);
    // The parse workers are let go while the main thread plans (each holds a heap of what it parsed), and the events
    // get fresh ones, started when there are events for them.
    if (pool) {
      await pool.close();
      build.pool = createWorkerPool(workers);
    }
    collectGarbage();
    const { pending, articles } = planEvents(files, registry, build.cache, {
      parsed: () => (t = lap('parse', t)),
      planned: () => (t = lap('cluster', t)),
    });
    // What planning let go (every article and its terms) is garbage from here, and V8 is in no hurry to collect it:
    // at 100k articles its heap still held 2.4 GB "used" while the event workers started, the build's peak (4,206
    // MiB sampled), until a collection 50 s later took it to 0.2 GB.
    collectGarbage();
    const problems = await completeEvents(pending, articles, build);
    if (problems.length > 0) {
      pending.plan.diagnostics.push(...problems);
      pending.plan.diagnostics.sort(compareDiagnostics);
    }
    const index = finishIndex(pending, articles);
    lap('events', t);
    return {
      index,
      registry: pending.plan.registry,
      made: { files: files.made, events: pending.tasks.length },
    };
  } finally {
    await build.pool?.close();
  }
}

/**
 * Combine the parsed files and plan the index (cluster, name, link stories; `stage` is told when each is done), then set out the events still to complete (pendingEvents) and keep the articles (keepArticles).
 * What only planning reads is let go when this returns: the articles' terms, the parsed files' results, and the
 * articles themselves, whose text is on disk from here on (the plan it returns holds no articles).
 */
function planEvents(
  files: ParsedFiles,
  registry: EventIdRegistry,
  cache: BuildCache,
  stage: { parsed(): void; planned(): void },
): { pending: PendingEvents; articles: IndexArticles } {
  const { corpus, terms, articleHash } = combine(files);
  stage.parsed();
  const plan = planIndex(corpus, registry, terms);
  files.release();
  stage.planned();
  const pending = pendingEvents(plan, cache, articleHash);
  const articles = keepArticles(plan.articles, plan.articles.map(articleHash), cache);
  files.origin.clear();
  pending.plan = { ...plan, articles: [], members: [] };
  return { pending, articles };
}

/**
 * A full collection of the main thread's heap, between the build's stages: each stage lets go of most of what the
 * last one held (the parse's texts, then the articles and their terms), and V8 collects by its own heap's growth,
 * blind to the worker threads that start next. Node offers `gc` only with --expose-gc: it is turned on here and the
 * function taken from a fresh context (the flag is read when a context is made). Costs a second or two at 100k.
 */
function collectGarbage(): void {
  let gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}

/** CPU milliseconds of this process so far, user and system, over all its threads. */
function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** What every step reads: the options as the build uses them, and the pool (none: all in this thread). */
interface Build {
  cache: BuildCache;
  today: string;
  timings: Record<string, number>;
  batching: NonNullable<RunOptions['batching']>;
  /** Replaced between parsing and the events (see buildCorpusIndex). */
  pool: WorkerPool | undefined;
}

/** Every file's parse (see parseFiles), and what combine needs to hash and tokenise the articles cheaply. */
interface ParsedFiles {
  /** In listing order. */
  parsed: { file: string; result: ParsedFile; copies: string[] }[];
  /** The folder's own problems (files that cannot be listed). */
  problems: Diagnostic[];
  /**
   * Each article's origin (its file's key and place in the file), to hash it cheaply once combineFiles has given it
   * its final id and warnings (the only things combineFiles changes).
   */
  origin: Map<Article, string>;
  /** Each article's terms, as its parse tokenised them. */
  termsOf: Map<Article, ArticleTerms>;
  /** Files parsed rather than taken from the cache. */
  made: number;
  /** Let the terms and the files' results go (terms are for clustering and naming only; plan holds the articles). */
  release(): void;
}

/** A file still to parse: its place in the listing, its name, its bytes. */
interface ParseJob {
  k: number;
  file: string;
  bytes: Uint8Array;
}

/**
 * Parse: the cache's copy of each unchanged file, the rest on the workers in batches (or here, for a small corpus).
 * Each file's entry (lib/pipeline/cache/parsed.ts) goes to the cache and is read into objects at once (a fresh copy:
 * combineFiles renames articles in place); the entries of a large corpus are never all in memory. A batch whose worker crashed is parsed again
 * file by file, each alone on a worker: a file that still fails is left out with an error diagnostic naming it.
 */
async function parseFiles(dir: string, build: Build): Promise<ParsedFiles> {
  const { cache, today, timings, pool } = build;
  const { files, problems } = listCorpusFiles(dir);
  const keys: string[] = new Array(files.length);
  const strings = new Map<string, string>();
  const out: ParsedFiles = {
    parsed: new Array(files.length),
    problems,
    origin: new Map(),
    termsOf: new Map(),
    made: 0,
    release() {
      this.termsOf.clear();
      this.parsed.length = 0;
      strings.clear();
    },
  };
  const read = (k: number, entry: Uint8Array) => {
    const { result, terms, copies } = readParsedFile(entry, strings);
    result.articles.forEach((a, i) => {
      out.origin.set(a, `${keys[k]}:${i}`);
      out.termsOf.set(a, terms[i]!);
    });
    out.parsed[k] = { file: files[k]!, result, copies };
  };
  const parsed = (k: number, entry: Uint8Array) => {
    cache.parsed.set(keys[k]!, entry);
    cache.used.add(keys[k]!);
    read(k, entry);
  };
  // Not cached: the next build tries the file again.
  const failed = (k: number, err: unknown) => read(k, failedParseEntry(files[k]!, err));
  const nameCache = new Map<string, string[]>();
  const parseHere = (job: ParseJob) => {
    let entry: Uint8Array;
    try {
      entry = parseFile(job.file, job.bytes, today, nameCache);
    } catch (err) {
      failed(job.k, err);
      return;
    }
    parsed(job.k, entry);
  };
  const parseOnPool = async (jobs: ParseJob[], pool: WorkerPool): Promise<void> => {
    try {
      const r = await pool.run({
        kind: 'parse',
        files: jobs.map((j) => ({ file: j.file, bytes: j.bytes })),
        today,
      });
      if (r.kind !== 'parse') throw new Error(`build worker: expected parse results, got ${r.kind}`);
      timings.parseCpu = (timings.parseCpu ?? 0) + r.ms;
      r.parsed.forEach((entry, i) => parsed(jobs[i]!.k, entry));
    } catch (err) {
      if (err instanceof WorkerStartError) throw err;
      if (jobs.length === 1) return failed(jobs[0]!.k, err);
      // The bytes went to the worker: read each file again, and parse it alone.
      await Promise.all(
        jobs.map((j) => {
          const again = readCorpusFile(dir, j.file);
          if (!again.bytes) return read(j.k, unreadableEntry(again.unreadable!));
          return parseOnPool([{ ...j, bytes: again.bytes }], pool);
        }),
      );
    }
  };

  const waiting: Promise<void>[] = [];
  let batch: ParseJob[] = [];
  let batchBytes = 0;
  const flush = (last: boolean) => {
    if (batch.length === 0) return;
    const jobs = batch;
    batch = [];
    batchBytes = 0;
    out.made += jobs.length;
    // One batch in all (a small corpus, or a rebuild after a small change) is parsed here: no worker to start.
    if (!pool || (last && waiting.length === 0)) jobs.forEach(parseHere);
    else waiting.push(parseOnPool(jobs, pool));
  };
  files.forEach((name, k) => {
    const { file, bytes, unreadable } = readCorpusFile(dir, name);
    if (unreadable || !bytes) {
      const entry = unreadableEntry(unreadable!);
      keys[k] = createHash('sha1').update(entry).digest('hex');
      read(k, entry);
      return;
    }
    keys[k] = parseKey(file, bytes, today);
    const hit = cache.parsed.get(keys[k]);
    if (hit !== undefined) {
      cache.used.add(keys[k]);
      read(k, hit);
      return;
    }
    batch.push({ k, file, bytes });
    batchBytes += bytes.length;
    if (batchBytes >= (build.batching.parseBytes ?? PARSE_BATCH_BYTES)) flush(false);
  });
  flush(true);
  await Promise.all(waiting);
  return out;
}

/** The parse entry of a file whose parse crashed: no articles, an error naming the file and what to do. */
function failedParseEntry(file: string, err: unknown): Uint8Array {
  const message =
    `the build could not parse this file (${errorReason(err)}), so its articles are left out; ` +
    'run `npm run corpus -- check --data DIR` on a folder holding only this file to see where it fails, and split ' +
    'the file if it is very large';
  return unreadableEntry({ articles: [], diagnostics: [{ file, severity: 'error', message }] });
}

/**
 * The parsed files as one corpus (combineFiles: duplicates, syndicated copies, unique ids), each article's terms by its
 * final id, and `articleHash`: a cheap hash of an article from its origin, its final id and its warnings.
 */
function combine(files: ParsedFiles): {
  corpus: Corpus;
  terms: CorpusTerms;
  articleHash: (a: Article) => string;
} {
  const { stripped, ...combined } = combineFiles(files.parsed);
  // Articles that lost page furniture: their terms are taken again, and their hash is of the whole article.
  const nameCache = new Map<string, string[]>();
  for (const a of stripped) {
    files.termsOf.set(a, articleTerms(a, nameCache));
    files.origin.delete(a);
  }
  const corpus = { ...combined, diagnostics: [...files.problems, ...combined.diagnostics] };
  const terms = new Map(corpus.articles.map((a) => [a.id, files.termsOf.get(a)!]));
  const articleHash = (a: Article) => {
    const from = files.origin.get(a);
    if (from === undefined) return hashArticle(a);
    return createHash('sha1')
      .update(`${from}\u0000${a.id}\u0000${JSON.stringify(a.warnings)}`)
      .digest('hex');
  };
  return { corpus, terms, articleHash };
}

/**
 * Every pending event's rows and insights, stored as each arrives (storeEvent). On the pool when there are enough
 * events to pay for starting workers, the costliest first so no worker is left with a long tail; a batch whose worker
 * crashed is run again event by event, and an event that still fails is kept without rows (storeEventWithoutRows).
 * A batch's articles are read from `articles` when its turn comes, and only a few batches are out at once, so the
 * build never holds every article's text. Returns a diagnostic for each event kept without rows.
 */
async function completeEvents(
  pending: PendingEvents,
  articles: IndexArticles,
  build: Build,
): Promise<Diagnostic[]> {
  const { tasks } = pending;
  const problems: Diagnostic[] = [];
  const done = (t: number, text: string, listing: ListingEvent) =>
    storeEvent(pending, t, text, build.cache, listing);
  const failed = (t: number, err: unknown) => {
    storeEventWithoutRows(pending, t);
    problems.push(eventProblem(tasks[t]!, articles, err));
  };
  const taskText = (t: number): EventTaskText => ({
    event: tasks[t]!.event,
    members: tasks[t]!.members.map((i) => textOf(articles.text(i))),
  });
  const minEvents = build.batching.minEvents ?? MIN_EVENTS_FOR_WORKERS;
  const pool = tasks.length >= minEvents ? build.pool : undefined;
  if (!pool) {
    const timing: EventTiming = { alignMs: 0, insightsMs: 0 };
    tasks.forEach((_, t) => {
      let result: { text: string; listing: ListingEvent };
      try {
        result = completeEventResult(readEventTask(taskText(t)), timing);
      } catch (err) {
        return failed(t, err);
      }
      done(t, result.text, result.listing);
    });
    addTiming(build.timings, timing);
    return problems;
  }
  const runOnPool = async (ids: number[]): Promise<void> => {
    try {
      const r = await pool.run({ kind: 'events', tasks: ids.map(taskText) });
      if (r.kind !== 'events') throw new Error(`build worker: expected event results, got ${r.kind}`);
      addTiming(build.timings, r.timing);
      r.texts.forEach((text, j) => done(ids[j]!, text, r.listings[j]!));
    } catch (err) {
      if (err instanceof WorkerStartError) throw err;
      if (ids.length === 1) return failed(ids[0]!, err);
      await Promise.all(ids.map((id) => runOnPool([id])));
    }
  };
  const batches = eventBatches(tasks, articles, pool.size);
  // Two batches a worker: one running, one waiting in the pool's queue so the worker never waits for the main thread.
  let next = 0;
  const lane = async () => {
    while (next < batches.length) await runOnPool(batches[next++]!);
  };
  await Promise.all(Array.from({ length: 2 * pool.size }, lane));
  return problems;
}

function textOf(text: Uint8Array | string): string {
  return typeof text === 'string'
    ? text
    : Buffer.from(text.buffer, text.byteOffset, text.length).toString('utf8');
}

/**
 * The most articles a batch of events holds (an event of more is a batch alone). A batch's articles, its results and
 * the work between are in a worker's memory at once, and were a 64th of the corpus's cost: a batch grew with the
 * corpus (about 200 events at 100k articles), and so did the workers' heaps. 64 articles is some eight average
 * events, a few hundred messages at 100k: nothing beside the work.
 */
export const MAX_BATCH_ARTICLES = 64;

/**
 * Tasks in batches for the pool, costliest first. Alignment compares every pair of articles' sentences: the cost
 * grows with the square of the event's sentences. Small batches at the end balance the workers; large ones at the
 * start save messages, up to MAX_BATCH_ARTICLES.
 */
export function eventBatches(
  tasks: readonly PendingTask[],
  articles: Pick<IndexArticles, 'head'>,
  workers: number,
): number[][] {
  const cost = tasks.map((task) => {
    const sentences = task.members.reduce((n, i) => n + articles.head(i).sentenceCount, 0);
    return 1 + sentences * sentences;
  });
  const order = tasks.map((_, i) => i).sort((a, b) => cost[b]! - cost[a]! || a - b);
  const total = cost.reduce((a, b) => a + b, 0);
  const target = Math.max(1, total / (workers * 32));
  const batches: number[][] = [];
  for (let i = 0; i < order.length;) {
    const ids: number[] = [];
    let sum = 0;
    let members = 0;
    const fits = (t: number) =>
      sum + cost[t]! <= target && members + tasks[t]!.members.length <= MAX_BATCH_ARTICLES;
    while (i < order.length && (ids.length === 0 || fits(order[i]!))) {
      sum += cost[order[i]!]!;
      members += tasks[order[i]!]!.members.length;
      ids.push(order[i++]!);
    }
    batches.push(ids);
  }
  return batches;
}

/** An event kept without rows: named, with its articles' files, and what to do. */
function eventProblem(task: PendingTask, articles: IndexArticles, err: unknown): Diagnostic {
  const members = task.members.map((i) => articles.head(i));
  const files = [...new Set(members.map((a) => a.file))].sort(compareText);
  const first = members.find((a) => a.file === files[0]);
  const message =
    `event ${task.event.id} (${files.join(', ')}) could not be aligned (${errorReason(err)}), so it is listed ` +
    'without rows or insights; check its articles with `npm run corpus -- check`, and split any very long one';
  return first
    ? articleProblem(first, 'error', message)
    : { file: files[0] ?? task.event.id, severity: 'error', message };
}

/** CPU time of the per-event work, summed over threads: align, insights with their word diffs (see EventTiming). */
function addTiming(timings: Record<string, number>, t: EventTiming): void {
  timings.align = (timings.align ?? 0) + t.alignMs;
  timings.insights = (timings.insights ?? 0) + t.insightsMs;
}

/**
 * The planned articles as the rest of the build reads them: each one's head in memory, its stable JSON in the cache's
 * article log (`keys`: each article's content hash, in index order), made here where the log lacks it. A warm build
 * copies the log's bytes instead of serialising; a large build keeps no article's text in memory from here on. An
 * entry the log holds but cannot give back (a damaged cache) is made again and kept in memory.
 */
function keepArticles(
  articles: readonly Article[],
  keys: readonly string[],
  cache: BuildCache,
): IndexArticles {
  const store: TextMap = cache.articles ?? new Map<string, string>();
  const heads = articles.map(articleHead);
  const unread = new Map<number, string>();
  articles.forEach((a, i) => {
    const key = keys[i]!;
    cache.used.add(key);
    if (!store.has(key)) store.set(key, stableStringify(a));
    else if ((store.bytes?.(key) ?? store.get(key)) === undefined) unread.set(i, stableStringify(a));
  });
  return {
    length: heads.length,
    head: (i) => heads[i]!,
    text(i) {
      const text = unread.get(i) ?? store.bytes?.(keys[i]!) ?? store.get(keys[i]!);
      if (text === undefined)
        throw new Error(`build: the text of article ${heads[i]!.id} could not be read back`);
      return text;
    },
  };
}
