/**
 * `npm run corpus -- check [--data DIR] [--strict]` and `npm run corpus -- build [--data DIR] [--out FILE] [--ids FILE]`.
 * check: one row per article and every diagnostic, then a summary; exits non-zero only when the corpus folder cannot be
 * read, or with --strict when any error diagnostic exists. build: writes the CorpusIndex JSON (DESIGN.md §3) and updates
 * the event-id registry so permalinks survive rebuilds.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { loadCorpus } from '../lib/corpus/load';
import { buildIndex } from '../lib/build/index';
import { stableStringify } from '../lib/build/json';
import { emptyRegistry, type EventIdRegistry } from '../lib/events/ids';

const DEFAULT_DATA = 'data/corpus';

interface Options {
  command: string;
  data: string;
  out: string;
  ids: string;
  strict: boolean;
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
  return {
    command,
    data,
    out: get('--out') ?? process.env.PARALLAX_INDEX ?? path.join('.cache', 'index.json'),
    ids,
    strict: argv.includes('--strict'),
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
  const corpus = loadCorpus(opts.data);
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

function build(opts: Options): void {
  requireFolder(opts.data);
  const started = performance.now();
  const corpus = loadCorpus(opts.data);
  const { index, registry } = buildIndex(corpus, readRegistry(opts.ids));
  writeFile(opts.out, stableStringify(index));
  writeFile(opts.ids, stableStringify(registry, 2) + '\n');
  const ms = Math.round(performance.now() - started);
  const errors = index.diagnostics.filter((d) => d.severity === 'error').length;
  console.log(
    `Indexed ${index.articles.length} articles into ${index.events.length} events (${errors} errors, ${index.diagnostics.length - errors} warnings) in ${ms} ms → ${opts.out}`,
  );
  if (errors > 0) console.log('Run `npm run corpus -- check` to see the diagnostics.');
}

const opts = parseArgs(process.argv.slice(2));
if (opts.command === 'check') check(opts);
else if (opts.command === 'build') build(opts);
else {
  console.log(
    'Usage: npm run corpus -- check [--data DIR] [--strict]\n       npm run corpus -- build [--data DIR] [--out FILE] [--ids FILE]',
  );
  process.exit(opts.command === 'help' || opts.command === '--help' ? 0 : 2);
}
