/**
 * `npm run corpus -- check [--data DIR] [--strict]` and
 * `npm run corpus -- build [--data DIR] [--out FILE] [--ids FILE] [--workers N] [--no-cache] [--cache DIR]`.
 * check: one row per article and every diagnostic, then a summary; exits non-zero only when the corpus folder cannot be
 * read, or with --strict when any error diagnostic exists. build: writes the CorpusIndex JSON (DESIGN.md §3) and updates
 * the event-id registry so permalinks survive rebuilds. It parses and aligns on worker threads (default one per core;
 * --workers 0 for none) and keeps a build cache (lib/pipeline/cache/disk.ts) in .cache/build/, so a rebuild after a small
 * change only re-does what changed; the index is the same bytes either way.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { loadCorpus } from '../lib/corpus/load';
import {
  buildCorpusIndex,
  capArticles,
  indexChunks,
  openBuildCache,
  stableStringify,
  temporaryBuildCache,
  writeChunks,
} from '../lib/pipeline';
import { emptyRegistry, type EventIdRegistry } from '../lib/events/ids';

const DEFAULT_DATA = 'data/corpus';

interface Options {
  command: string;
  data: string;
  out: string;
  ids: string;
  /** Build cache folder, or null for none. */
  cache: string | null;
  workers: number | undefined;
  strict: boolean;
  /** Print the build's figures as a `STATS {…}` line (scripts/bench.ts reads it). */
  stats: boolean;
}

function parseArgs(argv: string[]): Options {
  const command = argv[0] ?? 'help';
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const data = get('--data') ?? process.env.PARALLAX_DATA ?? DEFAULT_DATA;
  // The registry belongs to the corpus it numbers: the embedded corpus keeps it in data/, any other corpus in a
  // cache file keyed by its folder, so pointing the build at a read-only folder never writes into it.
  const isDefault = path.resolve(data) === path.resolve(DEFAULT_DATA);
  const key = createHash('sha1').update(path.resolve(data)).digest('hex').slice(0, 10);
  const ids =
    get('--ids') ?? (isDefault ? 'data/event-ids.json' : path.join('.cache', `event-ids-${key}.json`));
  const workers = get('--workers');
  return {
    command,
    data,
    out: get('--out') ?? process.env.PARALLAX_INDEX ?? path.join('.cache', 'index.json'),
    ids,
    cache: argv.includes('--no-cache') ? null : (get('--cache') ?? path.join('.cache', 'build', key)),
    workers: workers === undefined ? undefined : Number(workers),
    strict: argv.includes('--strict'),
    stats: argv.includes('--stats'),
  };
}

function readRegistry(file: string): EventIdRegistry {
  if (!existsSync(file)) return emptyRegistry();
  return JSON.parse(readFileSync(file, 'utf8')) as EventIdRegistry;
}

function writeFile(file: string, text: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, text);
}

function cut(text: string, width: number): string {
  return text.length > width ? text.slice(0, width - 1) + '…' : text.padEnd(width);
}

function requireFolder(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(
      `No corpus folder at ${dir}. Pass --data DIR (or set PARALLAX_DATA) to a folder of .txt, .jsonl, .csv or .md files.`,
    );
    process.exit(2);
  }
}

function check(opts: Options): void {
  requireFolder(opts.data);
  const loaded = loadCorpus(opts.data);
  // What the build will cut (lib/pipeline/limits.ts), shown here so a file too long for it is caught before a build.
  const capped = capArticles(loaded.articles);
  const corpus = {
    ...loaded,
    articles: capped.articles,
    diagnostics: [...loaded.diagnostics, ...capped.problems],
  };
  console.log(
    `${cut('file', 34)} ${cut('outlet', 16)} ${cut('date', 10)} ${cut('title', 46)} sent  warnings`,
  );
  for (const a of corpus.articles) {
    console.log(
      `${cut(a.file, 34)} ${cut(a.outlet.id, 16)} ${cut(a.date ?? '—', 10)} ${cut(a.title, 46)} ${String(a.sentences.length).padStart(4)}  ${a.warnings.join('; ')}`,
    );
  }
  const errors = corpus.diagnostics.filter((d) => d.severity === 'error');
  const warnings = corpus.diagnostics.filter((d) => d.severity === 'warning');
  if (corpus.diagnostics.length > 0) {
    console.log('\nDiagnostics:');
    for (const d of corpus.diagnostics) {
      console.log(
        `  ${d.severity.toUpperCase()} ${d.file}${d.line !== undefined ? `:${d.line}` : ''}: ${d.message}`,
      );
    }
  }
  const outlets = new Set(corpus.articles.map((a) => a.outlet.id));
  console.log(
    `\n${corpus.files.length} files, ${corpus.articles.length} articles from ${outlets.size} outlets, ${errors.length} errors, ${warnings.length} warnings.`,
  );
  if (opts.strict && errors.length > 0) process.exit(1);
}

async function build(opts: Options): Promise<void> {
  requireFolder(opts.data);
  const started = performance.now();
  let cache = opts.cache ? openBuildCache(opts.cache) : null;
  if (opts.cache && !cache)
    console.log(`Another build is using the cache in ${opts.cache}: building without it.`);
  cache ??= temporaryBuildCache();
  const timings: Record<string, number> = {};
  let ok = false;
  try {
    const { index, registry, made } = await buildCorpusIndex(opts.data, readRegistry(opts.ids), {
      workers: opts.workers,
      cache,
      timings,
    });
    let t = performance.now();
    writeChunks(opts.out, indexChunks(index));
    writeFile(opts.ids, stableStringify(registry, 2) + '\n');
    timings.write = performance.now() - t;
    ok = true;
    t = performance.now();
    cache.close();
    timings.cache = performance.now() - t;
    const ms = Math.round(performance.now() - started);
    const errors = index.diagnostics.filter((d) => d.severity === 'error').length;
    console.log(
      `Indexed ${index.articles.length} articles into ${index.events.length} events (${errors} errors, ${index.diagnostics.length - errors} warnings) in ${ms} ms → ${opts.out}`,
    );
    const s = (k: string) => ((timings[k] ?? 0) / 1000).toFixed(1);
    console.log(
      `  parse ${s('parse')} s, cluster ${s('cluster')} s, align + insights ${s('events')} s (CPU: align ${s('align')} s, insights with word diffs ${s('insights')} s), write ${s('write')} s, cache ${s('cache')} s; ` +
        `made ${made.files} files and ${made.events} events anew${opts.cache ? '' : ' (no cache)'}`,
    );
    if (errors > 0) console.log('Run `npm run corpus -- check` to see the diagnostics.');
    // For scripts/bench.ts: the figures as one line of JSON (maxRSS counts the worker threads too).
    if (opts.stats) {
      const stats = {
        articles: index.articles.length,
        events: index.events.length,
        ms: { ...timings, total: performance.now() - started },
        made,
        maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      };
      console.log(`STATS ${JSON.stringify(stats)}`);
    }
  } finally {
    if (!ok) cache.close(false);
  }
}

const opts = parseArgs(process.argv.slice(2));
if (opts.command === 'check') check(opts);
else if (opts.command === 'build')
  build(opts).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
else {
  console.log(
    'Usage: npm run corpus -- check [--data DIR] [--strict]\n       npm run corpus -- build [--data DIR] [--out FILE] [--ids FILE] [--workers N] [--no-cache] [--cache DIR]',
  );
  process.exit(opts.command === 'help' || opts.command === '--help' ? 0 : 2);
}
