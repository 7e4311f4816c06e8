import { createHash } from 'node:crypto';
import type { Article } from '../types';
import { combineFiles, type Corpus } from '../corpus/combine';
import { listCorpusFiles, readCorpusFile } from '../corpus/load';
import type { ParsedFile } from '../corpus/parse';
import { todayUtc } from '../corpus/date';
import type { EventIdRegistry } from '../events/ids';
import type { ArticleTerms } from '../events/terms';
import { finishIndex, pendingEvents, storeEvent, type BuiltIndex } from './assemble';
import { createBuildCache, hashArticle, type BuildCache } from './cache/memory';
import { parseFile, readParsedFile, unreadableText } from './cache/parsed';
import { completeEventText, type EventTask, type EventTiming } from './complete';
import { stableStringify } from './output/json';
import { planIndex } from './plan';
import { createWorkerPool, defaultWorkerCount, type WorkerPool } from './workers/pool';

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
  /** Milliseconds per stage, added to: parse, cluster, events (wall clock); align, insights (summed over threads). */
  timings?: Record<string, number>;
  /**
   * Bytes of corpus text per parse task, and the fewest events worth starting workers for (see the constants below);
   * tests set them low so that a small corpus goes through the workers.
   */
  batching?: { parseBytes?: number; minEvents?: number };
}

export interface RunResult {
  corpus: Corpus;
  /** The index (see BuiltIndex: `indexOf` for the CorpusIndex, `indexChunks` for its text). */
  index: BuiltIndex;
  registry: EventIdRegistry;
  /** What was made rather than taken from the cache: files parsed, events completed. */
  made: { files: number; events: number };
}

/** Batches of about this many bytes of corpus text per parse task: large enough to amortise a message. */
const PARSE_BATCH_BYTES = 1 << 20;
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

export async function buildCorpusIndex(
  dir: string,
  registry: EventIdRegistry,
  options: RunOptions = {},
): Promise<RunResult> {
  const workers = options.workers ?? defaultWorkerCount();
  const pool = workers > 0 ? createWorkerPool(workers) : undefined;
  try {
    return await run(dir, registry, options, pool);
  } finally {
    await pool?.close();
  }
}

async function run(
  dir: string,
  registry: EventIdRegistry,
  options: RunOptions,
  pool: WorkerPool | undefined,
): Promise<RunResult> {
  const cache = options.cache ?? createBuildCache();
  const today = options.today ?? todayUtc();
  const timings = options.timings ?? {};
  const lap = (stage: string, since: number) => {
    timings[stage] = (timings[stage] ?? 0) + performance.now() - since;
    return performance.now();
  };
  let t = performance.now();

  // Parse: the cache's copy of each unchanged file, the rest on the workers in batches. Each file's JSON text goes to
  // the cache and is read into objects at once (a fresh copy: combineFiles renames articles in place); the texts of a
  // large corpus are never all in memory.
  const { files, problems } = listCorpusFiles(dir);
  const parsed: { file: string; result: ParsedFile; copies: string[] }[] = new Array(files.length);
  const keys: string[] = new Array(files.length);
  // Each article's origin (its file's key and place in the file), to hash it cheaply once combineFiles has given it
  // its final id and warnings (the only things combineFiles changes), and its terms.
  const origin = new Map<Article, string>();
  const termsOf = new Map<Article, ArticleTerms>();
  const strings = new Map<string, string>();
  const read = (k: number, text: string) => {
    const { result, terms, copies } = readParsedFile(text, strings);
    result.articles.forEach((a, i) => {
      origin.set(a, `${keys[k]}:${i}`);
      termsOf.set(a, terms[i]!);
    });
    parsed[k] = { file: files[k]!, result, copies };
  };
  const nameCache = new Map<string, string[]>();
  const waiting: Promise<void>[] = [];
  let batch: { k: number; file: string; bytes: Uint8Array }[] = [];
  let batchBytes = 0;
  let parsedFiles = 0;
  const flush = (last: boolean) => {
    if (batch.length === 0) return;
    const jobs = batch;
    batch = [];
    batchBytes = 0;
    parsedFiles += jobs.length;
    const done = (k: number, text: string) => {
      cache.parsed.set(keys[k]!, text);
      cache.used.add(keys[k]!);
      read(k, text);
    };
    // One batch in all (a small corpus, or a rebuild after a small change) is parsed here: no worker to start.
    if (!pool || (last && waiting.length === 0)) {
      for (const j of jobs) done(j.k, parseFile(j.file, j.bytes, today, nameCache));
      return;
    }
    waiting.push(
      pool
        .run({ kind: 'parse', files: jobs.map((j) => ({ file: j.file, bytes: j.bytes })), today })
        .then((r) => {
          if (r.kind !== 'parse') throw new Error(`build worker: expected parse results, got ${r.kind}`);
          timings.parseCpu = (timings.parseCpu ?? 0) + r.ms;
          r.parsed.forEach((text, i) => done(jobs[i]!.k, text));
        }),
    );
  };
  files.forEach((name, k) => {
    const { file, bytes, unreadable } = readCorpusFile(dir, name);
    if (unreadable || !bytes) {
      const text = unreadableText(unreadable!);
      keys[k] = createHash('sha1').update(text).digest('hex');
      read(k, text);
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
    if (batchBytes >= (options.batching?.parseBytes ?? PARSE_BATCH_BYTES)) flush(false);
  });
  flush(true);
  await Promise.all(waiting);
  const combined = combineFiles(parsed);
  const corpus = { ...combined, diagnostics: [...problems, ...combined.diagnostics] };
  const terms = new Map(corpus.articles.map((a) => [a.id, termsOf.get(a)!]));
  const articleHash = (a: Article) => {
    const from = origin.get(a);
    if (from === undefined) return hashArticle(a);
    return createHash('sha1')
      .update(`${from}\u0000${a.id}\u0000${JSON.stringify(a.warnings)}`)
      .digest('hex');
  };
  t = lap('parse', t);

  const plan = planIndex(corpus, registry, terms);
  // Terms are for clustering and naming only: let them go before the per-event work.
  for (const m of [terms, termsOf, strings]) m.clear();
  t = lap('cluster', t);

  const pending = pendingEvents(plan, cache, articleHash);
  const articleKeys = cache.articles ? plan.articles.map(articleHash) : [];
  origin.clear();
  const minEvents = options.batching?.minEvents ?? MIN_EVENTS_FOR_WORKERS;
  await completeTasks(
    pending.tasks,
    pending.tasks.length >= minEvents ? pool : undefined,
    timings,
    (t, text) => storeEvent(pending, t, text, cache),
  );
  const index = finishIndex(pending);
  const store = cache.articles;
  if (store) {
    // Each article's JSON from the cache, or made and kept there, as the index is written.
    index.articleText = (i) => {
      const key = articleKeys[i]!;
      cache.used.add(key);
      const kept = store.bytes?.(key) ?? store.get(key);
      if (kept !== undefined) return kept;
      const text = stableStringify(plan.articles[i]);
      store.set(key, text);
      return text;
    };
  }
  lap('events', t);
  return {
    corpus,
    index,
    registry: plan.registry,
    made: { files: parsedFiles, events: pending.tasks.length },
  };
}

/** CPU time of the per-event work, summed over threads: align, insights with their word diffs (see EventTiming). */
function addTiming(timings: Record<string, number>, t: EventTiming): void {
  timings.align = (timings.align ?? 0) + t.alignMs;
  timings.insights = (timings.insights ?? 0) + t.insightsMs;
}

/**
 * Every task's complete event, handed to `done` (task index, text) as it arrives, in any order; on the pool, the
 * costliest events first so no worker is left with a long tail.
 */
async function completeTasks(
  tasks: EventTask[],
  pool: WorkerPool | undefined,
  timings: Record<string, number>,
  done: (t: number, text: string) => void,
): Promise<void> {
  if (!pool) {
    const timing: EventTiming = { alignMs: 0, insightsMs: 0 };
    tasks.forEach((task, t) => done(t, completeEventText(task, timing)));
    addTiming(timings, timing);
    return;
  }
  // Alignment compares every pair of articles' sentences: the cost grows with the square of the event's sentences.
  const cost = tasks.map((task) => {
    const sentences = task.members.reduce((n, a) => n + a.sentences.length, 0);
    return 1 + sentences * sentences;
  });
  const order = tasks.map((_, i) => i).sort((a, b) => cost[b]! - cost[a]! || a - b);
  const total = cost.reduce((a, b) => a + b, 0);
  // Small batches at the end balance the workers; large ones at the start save messages.
  const target = Math.max(1, total / (pool.size * 32));
  const waiting: Promise<void>[] = [];
  for (let i = 0; i < order.length;) {
    const ids: number[] = [];
    let sum = 0;
    while (i < order.length && (ids.length === 0 || sum + cost[order[i]!]! <= target) && ids.length < 256) {
      sum += cost[order[i]!]!;
      ids.push(order[i++]!);
    }
    waiting.push(
      pool.run({ kind: 'events', tasks: ids.map((k) => tasks[k]!) }).then((r) => {
        if (r.kind !== 'events') throw new Error(`build worker: expected event results, got ${r.kind}`);
        addTiming(timings, r.timing);
        r.texts.forEach((text, j) => done(ids[j]!, text));
      }),
    );
  }
  await Promise.all(waiting);
}
