/**
 * `npm run bench [-- --quick] [-- --sizes 1000,10000,100000] [-- --runs 3] [-- --export 1000,10000] [-- --outlets 12]`:
 * how fast the index build and the static export are, on generated corpora (scripts/gen-corpus.ts: raw material read
 * in memory, corpora written to the OS temp folder, never into the repo). Figures are printed, never asserted: timings
 * belong to the machine they were taken on (docs/performance.md has this machine's).
 *
 * Each build is the CLI itself (`scripts/corpus.ts build --stats`, the command `npm run build` runs) in a child process
 * of its own, so its time includes start-up and its peak memory (maxRSS, worker threads included) is its own:
 * - cold: no build cache; stages parse, cluster, align + insights (wall clock, on the worker threads; the CPU time of
 *   align and of insights, whose word diffs are the diff stage, is summed over the threads), write;
 * - warm +1: one more article (another outlet's telling of a story already in the corpus) with the cache of the cold
 *   build, what a rebuild after adding an article costs.
 * `--runs N` repeats both and prints medians (the machine may be shared); the load average is printed beside.
 * `--export N,…` also builds the static site from the index of N articles, in a copy of the app under .cache/ so the
 * project's out/ and .next/ are left alone, and reports pages per second, time, memory and the size of out/.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus, writeCorpus } from './gen-corpus';

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

const NODE_FLAGS = ['--max-semi-space-size=64', '--import', 'tsx'];

function buildOnce(
  dir: string,
  out: string,
  ids: string,
  cache: string,
): { stats: BuildStats; wallMs: number } {
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      ...NODE_FLAGS,
      'scripts/corpus.ts',
      'build',
      '--data',
      dir,
      '--out',
      out,
      '--ids',
      ids,
      '--cache',
      cache,
      '--stats',
    ],
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

function dirSize(dir: string): { files: number; bytes: number; html: number } {
  let files = 0;
  let bytes = 0;
  let html = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else {
        files++;
        bytes += st.size;
        if (name.endsWith('.html')) html++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, bytes, html };
}

/** Resident memory of a process and all its descendants, in MiB (Linux /proc; 0 elsewhere). */
function treeRssMb(root: number): number {
  if (!existsSync('/proc')) return 0;
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  let kb = 0;
  const visit = (pid: number) => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += Number(m?.[1] ?? 0);
    } catch {
      // Gone.
    }
    for (const c of children.get(pid) ?? []) visit(c);
  };
  visit(root);
  return kb / 1024;
}

/** Run a command to its end; wall time, peak memory of its process tree (sampled twice a second), and its output. */
function run(
  cmd: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ ok: boolean; ms: number; peakMb: number; output: string }> {
  return new Promise((resolve) => {
    const t = performance.now();
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20000)));
    child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20000)));
    let peakMb = 0;
    const timer = setInterval(() => (peakMb = Math.max(peakMb, treeRssMb(child.pid!))), 500);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ ok: code === 0, ms: performance.now() - t, peakMb, output });
    });
  });
}

/**
 * The app as `npm run build` exports it, in a copy under .cache/bench-site: the files git tracks for the site, and a
 * next.config.js that points Turbopack at this project's root so it finds node_modules there.
 */
function siteCopy(): string {
  const site = path.resolve('.cache', 'bench-site');
  rmSync(site, { recursive: true, force: true });
  const tracked = spawnSync('git', ['ls-files', 'app', 'components', 'lib', 'public', 'data', 'scripts'], {
    encoding: 'utf8',
  }).stdout.split('\n');
  const files = [
    ...tracked,
    'next.config.js',
    'package.json',
    'tsconfig.json',
    'postcss.config.mjs',
    'next-env.d.ts',
  ];
  for (const file of files) {
    if (!file || !existsSync(file)) continue;
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    cpSync(file, path.join(site, file));
  }
  appendFileSync(
    path.join(site, 'next.config.js'),
    "\n// Bench copy (scripts/bench.ts): node_modules is two folders up.\nnextConfig.turbopack = { root: new URL('../..', import.meta.url).pathname };\n",
  );
  return site;
}

async function exportSite(n: number, index: string, say: (s: string) => void, keep: boolean): Promise<void> {
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
  say(
    `export ${n} articles (load ${load}): next build ${fmt(secs)} s for ${out.html} pages = ${fmt(out.html / secs)} pages/s, ` +
      `peak ${fmt(next.peakMb)} MiB (process tree); harden ${fmt(harden.ms / 1000)} s${harden.ok ? '' : ' FAILED'}, ` +
      `postbuild ${fmt(post.ms / 1000)} s${post.ok ? '' : ' FAILED'}; out/ ${fmt(out.bytes / 2 ** 20)} MiB in ${out.files} files`,
  );
  if (!harden.ok || !post.ok) say((harden.ok ? post : harden).output.slice(-3000));
  if (!keep) rmSync(site, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const get = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sizes = (get('--sizes') ?? (quick ? '1000,3000' : '1000,10000,100000')).split(',').map(Number);
  const exportSizes = (get('--export') ?? '').split(',').filter(Boolean).map(Number);
  const runs = Number(get('--runs') ?? 1);
  const outlets = Number(get('--outlets') ?? 12);
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
    'articles  events  parse s  cluster s  align+ins s  (align  insights CPU s)  write s  total s  art/s  warm+1 s  warm/cold  peak MiB  load',
  );
  const totals = new Map<number, number>();
  const corpusDir = (n: number) => path.join(tmp, `corpus-${n}`);
  for (const n of [...new Set([...sizes, ...exportSizes])])
    writeCorpus(corpusDir(n), generateCorpus(n, outlets, 1));
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
        `${fmt(s('events')).padStart(11)}  (${fmt(s('align')).padStart(5)}  ${fmt(s('insights')).padStart(8)}      )  ${fmt(s('write')).padStart(7)}  ` +
        `${fmt(total).padStart(7)}  ${fmt(c.articles / total).padStart(5)}  ${fmt(warm).padStart(8)}  ${(warm / total).toFixed(3).padStart(9)}  ` +
        `${String(m((x) => Math.max(x.cold.maxRssMb, x.warm.maxRssMb))).padStart(8)}  ${figures.map((x) => x.load).join(' ')}`,
    );
  }
  const a = totals.get(10000);
  const b = totals.get(100000);
  if (a && b) say(`growth 10k → 100k: time × ${(b / a).toFixed(2)} (linear would be × 10)`);
  for (const n of exportSizes) {
    const index = path.join(tmp, `index-${n}.json`);
    if (!existsSync(index)) measure(corpusDir(n), n, tmp);
    await exportSite(n, index, say, args.includes('--keep-site'));
  }
  say(`(also written to ${log})`);
}

void main();
