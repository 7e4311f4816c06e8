/**
 * `npm run bench [-- --quick] [-- --sizes 1000,10000,100000] [-- --runs 3] [-- --export 1000,10000] [-- --outlets 50]`:
 * how fast the index build and the static export are, on generated corpora (scripts/gen-corpus.ts: raw material read
 * in memory, corpora written to the OS temp folder, never into the repo). Figures are printed, never asserted: timings
 * belong to the machine they were taken on (docs/performance.md has this machine's).
 *
 * Each build is the CLI itself (`scripts/corpus.ts build --stats`, the command `npm run build` runs) in a child process
 * of its own, so its time includes start-up and its peak memory (maxRSS, worker threads included) is its own:
 * - cold: no build cache; stages parse, cluster, align + insights (wall clock, on the worker threads), with the CPU
 *   seconds of the process over that stage (every thread: a busy machine stretches the wall clock, not this), and the
 *   thread time of align and of the insights (with the word diffs they call, lib/diff: each event's parts timed by
 *   the clock and summed over the threads, so they too grow when the machine is busy), write (the index file), shards
 *   (the listing and a file per event the site reads, lib/site/shards.ts); total, and its CPU s;
 * - warm +1: one more article (another outlet's telling of a story already in the corpus) with the cache of the cold
 *   build, what a rebuild after adding an article costs.
 * `--runs N` repeats both and prints medians (the machine may be shared); the load average is printed beside.
 * `--export N,…` (default 1000,10000; none with --quick) also builds the static site from the index of N articles, in
 * a copy of the app under .cache/ so the project's out/ and .next/ are left alone, and reports pages per second, time,
 * peak memory, the size of out/ in bytes and files, bytes ÷ the article text it shows, and files per article (issue
 * 16's budget: ≤ 15 × the text, ≤ 6 files per article, ≤ 1 GB at 10k). Each corpus's shape (outlets per event) is
 * printed first.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_OUTLETS, generateCorpus, writeCorpus, type GeneratedArticle } from './gen-corpus';
import { shardDir } from '../lib/site/shards';
import { dirSize, run, siteCopy } from './site-tools';
import { readArgs, runCli, wholeNumber, wholeNumbers } from './args';

const USAGE =
  'Usage: npm run bench [-- --quick] [--sizes N,…] [--runs N] [--export N,…] [--outlets N] [--keep-site]';

interface BuildStats {
  articles: number;
  events: number;
  ms: Record<string, number>;
  made: { files: number; events: number };
  maxRssMb: number;
}

interface Figures {
  cold: BuildStats;
  coldWallMs: number;
  warm: BuildStats;
  warmWallMs: number;
  load: string;
}

/**
 * The build as `npm run corpus` starts it (package.json's `corpus` script, `node FLAGS… scripts/corpus.ts`): the bench
 * times what a user's build runs, flags included. The one flag there, a larger young generation (64 MB semi-spaces,
 * V8's default 16), takes 4 to 11 % off the per-event work's CPU time, most of which is short-lived garbage
 * (scripts/event-costs.ts over a 10k corpus's 12 widest events, two runs each way).
 */
const CORPUS_COMMAND = corpusCommand();

function corpusCommand(): string[] {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  const [node, ...args] = pkg.scripts.corpus!.split(' ');
  if (node !== 'node' || args.at(-1) !== 'scripts/corpus.ts')
    throw new Error(
      `package.json's corpus script is not \`node FLAGS… scripts/corpus.ts\`: ${pkg.scripts.corpus}`,
    );
  return args;
}

function buildOnce(
  dir: string,
  out: string,
  ids: string,
  cache: string,
): { stats: BuildStats; wallMs: number } {
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [...CORPUS_COMMAND, 'build', '--data', dir, '--out', out, '--ids', ids, '--cache', cache, '--stats'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const wallMs = performance.now() - t;
  const line = r.stdout.split('\n').find((l) => l.startsWith('STATS '));
  if (r.status !== 0 || !line)
    throw new Error(`build of ${dir} failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
  return { stats: JSON.parse(line.slice(6)) as BuildStats, wallMs };
}

/** One more article: the first article of the corpus told by another outlet, its last paragraph its own. */
function extraArticle(dir: string): string {
  const first = readFileSync(path.join(dir, 'part-0000.jsonl'), 'utf8').split('\n')[0]!;
  const a = JSON.parse(first) as Record<string, string>;
  const paragraphs = a.text!.split('\n\n');
  const text = [...paragraphs.slice(0, -1), 'The agency could not independently verify the report.'].join(
    '\n\n',
  );
  return JSON.stringify({
    ...a,
    id: 'bench-extra',
    outlet: 'Bench Extra Wire',
    url: 'https://example.org/x',
    text,
  });
}

function measure(dir: string, n: number, tmp: string): Figures {
  const out = path.join(tmp, `index-${n}.json`);
  const ids = path.join(tmp, `ids-${n}.json`);
  const cache = path.join(tmp, `cache-${n}`);
  const extra = path.join(dir, 'bench-extra.jsonl');
  rmSync(extra, { force: true });
  rmSync(cache, { recursive: true, force: true });
  rmSync(ids, { force: true });
  // A cold build makes everything: the shards of an earlier run would be kept as unchanged (lib/site/shards.ts).
  for (const index of [out, path.join(tmp, `index-${n}-plus1.json`)]) {
    rmSync(index, { force: true });
    rmSync(shardDir(index), { recursive: true, force: true });
  }
  const load = os.loadavg()[0]!.toFixed(2);
  const cold = buildOnce(dir, out, ids, cache);
  writeFileSync(extra, extraArticle(dir) + '\n');
  const warm = buildOnce(dir, path.join(tmp, `index-${n}-plus1.json`), ids, cache);
  rmSync(extra, { force: true });
  return { cold: cold.stats, coldWallMs: cold.wallMs, warm: warm.stats, warmWallMs: warm.wallMs, load };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n.toFixed(1);
}

/** What an export is measured against: the article text it shows (UTF-8 bytes) and how many articles hold it. */
interface CorpusText {
  articles: number;
  bytes: number;
}

/** Events by outlets covering them: mean, how many have 15 or more, the widest (the bench's corpora must look real). */
function eventShape(corpus: readonly GeneratedArticle[]): string {
  const sizes = new Map<string, number>();
  for (const a of corpus) {
    const event = a.url.split('/')[3]!;
    sizes.set(event, (sizes.get(event) ?? 0) + 1);
  }
  const all = [...sizes.values()];
  const mean = all.reduce((x, y) => x + y, 0) / all.length;
  return `${all.length} stories of ${mean.toFixed(1)} outlets on average, ${all.filter((x) => x >= 15).length} of 15 or more, the widest ${Math.max(...all)}`;
}

async function exportSite(
  n: number,
  index: string,
  text: CorpusText,
  say: (s: string) => void,
  keep: boolean,
): Promise<void> {
  const site = siteCopy();
  const env = { ...process.env, PARALLAX_INDEX: path.resolve(index), NEXT_TELEMETRY_DISABLED: '1' };
  const load = os.loadavg()[0]!.toFixed(2);
  const next = await run(path.resolve('node_modules', '.bin', 'next'), ['build'], { cwd: site, env });
  if (!next.ok) {
    say(
      `export ${n} articles: next build failed after ${fmt(next.ms / 1000)} s (peak ${fmt(next.peakMb)} MiB):`,
    );
    say(next.output.slice(-4000));
    return;
  }
  const tsx = path.resolve('node_modules', '.bin', 'tsx');
  const harden = await run(tsx, ['scripts/harden.ts', 'out'], { cwd: site, env });
  const post = await run(tsx, ['scripts/postbuild.ts', '--out', 'out'], { cwd: site, env });
  const out = dirSize(path.join(site, 'out'));
  const secs = next.ms / 1000;
  const total = (next.ms + harden.ms + post.ms) / 1000;
  say(
    `export ${n} articles (load ${load}): next build ${fmt(secs)} s for ${out.html} pages = ${fmt(out.html / secs)} pages/s, ` +
      `peak ${fmt(next.peakMb)} MiB (process tree); harden ${fmt(harden.ms / 1000)} s${harden.ok ? '' : ' FAILED'}, ` +
      `postbuild ${fmt(post.ms / 1000)} s (peak ${fmt(post.peakMb)} MiB)${post.ok ? '' : ' FAILED'}; all ${fmt(total)} s`,
  );
  say(
    `export ${n} articles: out/ ${fmt(out.bytes / 2 ** 20)} MiB in ${out.files} files = ${fmt(out.bytes / text.bytes)} × the ` +
      `article text (${fmt(text.bytes / 2 ** 20)} MiB), ${(out.files / text.articles).toFixed(2)} files per article`,
  );
  if (!harden.ok || !post.ok) say((harden.ok ? post : harden).output.slice(-3000));
  if (!keep) rmSync(site, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const { values } = readArgs(process.argv.slice(2), {
    quick: { type: 'boolean' },
    sizes: { type: 'string' },
    export: { type: 'string' },
    runs: { type: 'string' },
    outlets: { type: 'string' },
    'keep-site': { type: 'boolean' },
  });
  const quick = values.quick ?? false;
  const sizes = wholeNumbers(values.sizes ?? (quick ? '1000,3000' : '1000,10000,100000'), '--sizes', 1);
  const exportSizes = wholeNumbers(values.export ?? (quick ? '' : '1000,10000'), '--export', 1);
  const runs = wholeNumber(values.runs ?? '1', '--runs', 1);
  const outlets = wholeNumber(values.outlets ?? String(DEFAULT_OUTLETS), '--outlets', 1);
  const tmp = path.join(os.tmpdir(), 'parallax-bench');
  mkdirSync(tmp, { recursive: true });
  mkdirSync('.cache', { recursive: true });
  const log = path.join('.cache', 'bench.txt');
  writeFileSync(log, '');
  const say = (s: string) => {
    console.log(s);
    appendFileSync(log, s + '\n');
  };
  say(
    `Parallax bench, ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${outlets} outlets; median of ${runs} run(s)`,
  );
  say(
    'articles  events  parse s  cluster s  align+ins s  CPU s  (align  insights thread s)  write s  shards s  total s  CPU s  art/s  warm+1 s  warm/cold  peak MiB  load',
  );
  const totals = new Map<number, number>();
  const corpusDir = (n: number) => path.join(tmp, `corpus-${n}`);
  const texts = new Map<number, CorpusText>();
  for (const n of [...new Set([...sizes, ...exportSizes])]) {
    const corpus = generateCorpus(n, outlets, 1);
    writeCorpus(corpusDir(n), corpus);
    texts.set(n, {
      articles: corpus.length,
      bytes: corpus.reduce((t, a) => t + Buffer.byteLength(a.text), 0),
    });
    say(`corpus ${n}: ${eventShape(corpus)}`);
  }
  for (const n of sizes) {
    const figures: Figures[] = [];
    try {
      for (let r = 0; r < runs; r++) figures.push(measure(corpusDir(n), n, tmp));
    } catch (err) {
      say(`${n}: ${(err as Error).message}`);
      continue;
    }
    const m = (f: (x: Figures) => number) => median(figures.map(f));
    const s = (k: string) => m((x) => x.cold.ms[k] ?? 0) / 1000;
    const total = m((x) => x.coldWallMs) / 1000;
    const warm = m((x) => x.warmWallMs) / 1000;
    totals.set(n, total);
    const c = figures[0]!.cold;
    say(
      `${String(c.articles).padStart(8)}  ${String(c.events).padStart(6)}  ${fmt(s('parse')).padStart(7)}  ${fmt(s('cluster')).padStart(9)}  ` +
        `${fmt(s('events')).padStart(11)}  ${fmt(s('eventsCpu')).padStart(5)}  (${fmt(s('align')).padStart(5)}  ${fmt(s('insights')).padStart(8)}         )  ${fmt(s('write')).padStart(7)}  ${fmt(s('shards')).padStart(8)}  ` +
        `${fmt(total).padStart(7)}  ${fmt(s('totalCpu')).padStart(5)}  ${fmt(c.articles / total).padStart(5)}  ${fmt(warm).padStart(8)}  ${(warm / total).toFixed(3).padStart(9)}  ` +
        `${String(m((x) => Math.max(x.cold.maxRssMb, x.warm.maxRssMb))).padStart(8)}  ${figures.map((x) => x.load).join(' ')}`,
    );
  }
  const a = totals.get(10000);
  const b = totals.get(100000);
  if (a && b) say(`growth 10k → 100k: time × ${(b / a).toFixed(2)} (linear would be × 10)`);
  for (const n of exportSizes) {
    const index = path.join(tmp, `index-${n}.json`);
    if (!existsSync(index)) measure(corpusDir(n), n, tmp);
    await exportSite(n, index, texts.get(n)!, say, values['keep-site'] ?? false);
  }
  say(`(also written to ${log})`);
}

runCli(USAGE, main);
