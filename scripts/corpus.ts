/**
 * `npm run corpus -- check [--data DIR] [--strict]` and
 * `npm run corpus -- build [--data DIR] [--out FILE] [--ids FILE] [--workers N] [--no-cache | --cache DIR] [--stats]`.
 * check: one row per article and every diagnostic, then a summary; exits non-zero only when the corpus folder cannot be
 * read, or with --strict when any error diagnostic exists. build: writes the CorpusIndex JSON (DESIGN.md §3), then the
 * same index in shards beside it for the site (FILE without `.json` + `.shards/`: a listing and a file per event,
 * lib/site/shards.ts), and updates the event-id registry so permalinks survive rebuilds. It parses and aligns on worker threads (default one per core;
 * --workers 0 for none) and keeps a build cache (lib/pipeline/cache/disk.ts) in .cache/build/, so a rebuild after a small
 * change only re-does what changed; the index is the same bytes either way.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { loadCorpus } from '../lib/corpus/load';
import {
  BUILD_MODULES,
  type BuiltIndex,
  buildCorpusIndex,
  capArticles,
  codeVersion,
  type DiskCache,
  indexChunks,
  openBuildCache,
  stableStringify,
  temporaryBuildCache,
  writeChunks,
} from '../lib/pipeline';
import { emptyRegistry, type EventIdRegistry } from '../lib/events/ids';
import { shardDir, writeIndexShards } from '../lib/site/shards';
import { isMain, readArgs, runCli, UsageError, wholeNumber } from './args';

const DEFAULT_DATA = 'data/corpus';

/** What a command line asks for: a check, a build, or the usage. */
export type Options = CheckOptions | BuildOptions | { command: 'help' };

interface CheckOptions {
  command: 'check';
  data: string;
  strict: boolean;
}

interface BuildOptions {
  command: 'build';
  data: string;
  out: string;
  ids: string;
  /** Build cache folder, or null for none. */
  cache: string | null;
  workers: number | undefined;
  /** Print the build's figures as a `STATS {…}` line (scripts/bench.ts reads it). */
  stats: boolean;
}

export const USAGE = [
  'Usage: npm run corpus -- check [--data DIR] [--strict]',
  '       npm run corpus -- build [--data DIR] [--out FILE] [--ids FILE] [--workers N] [--no-cache | --cache DIR] [--stats]',
].join('\n');

const HELP = { help: { type: 'boolean', short: 'h' } } as const;
const DATA = { data: { type: 'string' } } as const;

/**
 * The command line (without `node script`), read strictly: an unknown command or flag, a flag without its value, or
 * `--workers` that is not a whole number throws a UsageError. `env` supplies PARALLAX_DATA and PARALLAX_INDEX.
 */
export function parseCorpusArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): Options {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    return { command: 'help' };
  }
  if (command === 'check') {
    const { values } = readArgs(rest, { ...HELP, ...DATA, strict: { type: 'boolean' } });
    if (values.help) return { command: 'help' };
    return {
      command,
      data: values.data ?? env.PARALLAX_DATA ?? DEFAULT_DATA,
      strict: values.strict ?? false,
    };
  }
  if (command !== 'build') throw new UsageError(`unknown command "${command}" (check or build)`);
  const { values } = readArgs(rest, {
    ...HELP,
    ...DATA,
    out: { type: 'string' },
    ids: { type: 'string' },
    workers: { type: 'string' },
    'no-cache': { type: 'boolean' },
    cache: { type: 'string' },
    stats: { type: 'boolean' },
  });
  if (values.help) return { command: 'help' };
  if (values['no-cache'] && values.cache !== undefined) {
    throw new UsageError('--no-cache and --cache DIR ask for opposite things: give one');
  }
  const data = values.data ?? env.PARALLAX_DATA ?? DEFAULT_DATA;
  // The registry belongs to the corpus it numbers: the embedded corpus keeps it in data/, any other corpus in a
  // cache file keyed by its folder, so pointing the build at a read-only folder never writes into it.
  const isDefault = path.resolve(data) === path.resolve(DEFAULT_DATA);
  const key = createHash('sha1').update(path.resolve(data)).digest('hex').slice(0, 10);
  return {
    command,
    data,
    out: values.out ?? env.PARALLAX_INDEX ?? path.join('.cache', 'index.json'),
    ids: values.ids ?? (isDefault ? 'data/event-ids.json' : path.join('.cache', `event-ids-${key}.json`)),
    cache: values['no-cache'] ? null : (values.cache ?? path.join('.cache', 'build', key)),
    workers: values.workers === undefined ? undefined : wholeNumber(values.workers, '--workers'),
    stats: values.stats ?? false,
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

function check(opts: CheckOptions): void {
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

/** Where the cache notes the shard folder it last wrote: `--out` may change between builds (the bench's do). */
const LAST_SHARDS = 'last-shards.txt';

/**
 * The shards of `index` in `dir`. With a cache, the files of unchanged events are kept from the earlier shards in `dir`
 * or, failing that, from the last ones written with this cache (writeIndexShards); `--no-cache` reuses nothing. The
 * shards' code version is the build's (what a key's bytes are) and the shards' own (how they are laid out and listed).
 */
function writeShards(dir: string, index: BuiltIndex, cache: DiskCache, reuse: boolean): void {
  const note = path.join(cache.folder, LAST_SHARDS);
  const last = reuse && existsSync(note) ? readFileSync(note, 'utf8') : '';
  const from = reuse ? [dir, ...(last && last !== path.resolve(dir) ? [last] : [])] : [];
  writeIndexShards(dir, index, { version: codeVersion([...BUILD_MODULES, 'lib/site/shards.ts']), from });
  writeFileSync(note, path.resolve(dir));
}

/** CPU milliseconds of this process so far (every thread, the build's workers included). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function build(opts: BuildOptions): Promise<void> {
  requireFolder(opts.data);
  const started = performance.now();
  const startedCpu = cpuMs();
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
    // What the site reads (lib/site/shards.ts), after the index: shards older than their index are refused.
    t = performance.now();
    writeShards(shardDir(opts.out), index, cache, opts.cache !== null);
    timings.shards = performance.now() - t;
    ok = true;
    t = performance.now();
    cache.close();
    timings.cache = performance.now() - t;
    const ms = Math.round(performance.now() - started);
    const errors = index.diagnostics.filter((d) => d.severity === 'error').length;
    console.log(
      `Indexed ${index.articles.length} articles into ${index.events.length} events (${errors} errors, ${index.diagnostics.length - errors} warnings) in ${ms} ms → ${opts.out} and its shards in ${shardDir(opts.out)}`,
    );
    const s = (k: string) => ((timings[k] ?? 0) / 1000).toFixed(1);
    console.log(
      `  parse ${s('parse')} s (CPU ${s('parseCpu')} s), cluster ${s('cluster')} s, align + insights ${s('events')} s (CPU ${s('eventsCpu')} s; ` +
        `thread time: align ${s('align')} s, insights with word diffs ${s('insights')} s), write ${s('write')} s, shards ${s('shards')} s, cache ${s('cache')} s; ` +
        `made ${made.files} files and ${made.events} events anew${opts.cache ? '' : ' (no cache)'}`,
    );
    if (errors > 0) console.log('Run `npm run corpus -- check` to see the diagnostics.');
    // For scripts/bench.ts: the figures as one line of JSON (maxRSS counts the worker threads too).
    if (opts.stats) {
      const stats = {
        articles: index.articles.length,
        events: index.events.length,
        ms: { ...timings, total: performance.now() - started, totalCpu: cpuMs() - startedCpu },
        made,
        maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      };
      console.log(`STATS ${JSON.stringify(stats)}`);
    }
  } finally {
    if (!ok) cache.close(false);
  }
}

if (isMain(import.meta.url)) {
  runCli(USAGE, () => {
    const opts = parseCorpusArgs(process.argv.slice(2));
    if (opts.command === 'check') return check(opts);
    if (opts.command === 'build') return build(opts);
    console.log(USAGE);
  });
}
