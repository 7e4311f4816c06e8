/**
 * `npm run bench [-- --quick] [-- --sizes 1000,10000] [-- --export 1000]`: how fast the pipeline and the static export
 * are, on generated corpora (scripts/gen-corpus.ts; raw material read in memory, output in the OS temp folder).
 *
 * Each index build runs in a child process of its own, so its peak memory (maxRSS) is its own and nothing is shared
 * between sizes. Stages: parse (loadCorpus: read, decode, clean, split), cluster (clusterEvents + assignEventIds),
 * align (alignEvent per event), diff (diffWords of every aligned cell against the event's first article, the work the
 * pages do at build time), plus a warm rebuild after adding one article (the content-hash cache). Figures are printed,
 * never asserted: timings belong to the machine they were taken on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync, mkdirSync, appendFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus, writeCorpus } from './gen-corpus';

interface ChildResult {
  articles: number;
  events: number;
  rows: number;
  ms: Record<string, number>;
  warmMs: number | null;
  maxRssMb: number;
}

async function child(dir: string): Promise<void> {
  const { loadCorpus } = await import('../lib/corpus/load');
  const { clusterEvents } = await import('../lib/events/cluster');
  const { assignEventIds, emptyRegistry } = await import('../lib/events/ids');
  const { alignEvent } = await import('../lib/align/align');
  const { diffWords } = await import('../lib/diff/words');
  const { buildIndex } = await import('../lib/build/index');
  const ms: Record<string, number> = {};
  const time = <T>(stage: string, f: () => T): T => {
    const t = performance.now();
    const r = f();
    ms[stage] = (ms[stage] ?? 0) + performance.now() - t;
    return r;
  };
  const corpus = time('parse', () => loadCorpus(dir));
  const articles = corpus.articles;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const groups = time('cluster', () => clusterEvents(articles));
  const { events } = time('cluster', () => assignEventIds(groups, articles, emptyRegistry()));
  let rows = 0;
  for (const e of events) {
    const members = e.articleIds.map((id) => byId.get(id)!).filter(Boolean);
    const aligned = time('align', () =>
      alignEvent(members.map((a) => ({ id: a.id, sentences: a.sentences.map((s) => s.text) }))),
    );
    rows += aligned.length;
    if (members.length < 2) continue;
    const base = members[0]!;
    time('diff', () => {
      for (const row of aligned) {
        const baseCell = row.cells[base.id];
        if (!baseCell || baseCell.length === 0) continue;
        const a = baseCell.map((i) => base.sentences[i]?.text ?? '').join(' ');
        for (const m of members.slice(1)) {
          const cell = row.cells[m.id];
          if (cell && cell.length > 0) diffWords(a, cell.map((i) => m.sentences[i]?.text ?? '').join(' '));
        }
      }
    });
  }
  // Warm rebuild: one more article on top of the same corpus, with the build cache of the cold build.
  let warmMs: number | null = null;
  if (typeof (await import('../lib/build/index')).createBuildCache === 'function') {
    const { createBuildCache } = await import('../lib/build/index');
    const cache = createBuildCache();
    const t0 = performance.now();
    const first = buildIndex(corpus, emptyRegistry(), cache);
    ms.full = performance.now() - t0;
    const extra = articles[0]!;
    const added = { ...extra, id: `${extra.id}-bench-extra`, file: 'bench-extra.jsonl:1' };
    const t1 = performance.now();
    buildIndex({ articles: [...articles, added], diagnostics: corpus.diagnostics }, first.registry, cache);
    warmMs = performance.now() - t1;
  }
  const result: ChildResult = {
    articles: articles.length,
    events: events.length,
    rows,
    ms,
    warmMs,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.log(`BENCH ${JSON.stringify(result)}`);
}

function runChild(dir: string): ChildResult | null {
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', '--import', 'tsx', path.join('scripts', 'bench.ts'), '--child', dir],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const line = r.stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (!line) {
    console.error(r.stderr.slice(-2000));
    return null;
  }
  return JSON.parse(line.slice(6)) as ChildResult;
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

function main(): void {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const get = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sizes = (get('--sizes') ?? (quick ? '1000,3000' : '1000,10000,100000')).split(',').map(Number);
  const exportSizes = (get('--export') ?? (quick ? '' : '1000,10000')).split(',').filter(Boolean).map(Number);
  const outlets = Number(get('--outlets') ?? 12);
  const tmp = path.join(os.tmpdir(), 'parallax-bench');
  mkdirSync(tmp, { recursive: true });
  const log = path.join('.cache', 'bench.txt');
  mkdirSync('.cache', { recursive: true });
  const say = (s: string) => {
    console.log(s);
    appendFileSync(log, s + '\n');
  };
  writeFileSync(log, '');
  say(
    `Parallax bench, ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${outlets} outlets`,
  );
  say(
    'articles  events   parse s  cluster s  align s  diff s  total s  art/s   warm+1 s  warm/cold  peak MiB',
  );
  const results = new Map<number, ChildResult>();
  for (const n of sizes) {
    const dir = path.join(tmp, `corpus-${n}`);
    writeCorpus(dir, generateCorpus(n, outlets, 1));
    const r = runChild(dir);
    if (!r) {
      say(`${n}: the child process failed (see above)`);
      continue;
    }
    results.set(n, r);
    const s = (k: string) => (r.ms[k] ?? 0) / 1000;
    const total = s('parse') + s('cluster') + s('align') + s('diff');
    const cold = s('full') || total;
    const warm = r.warmMs === null ? null : r.warmMs / 1000;
    say(
      `${String(r.articles).padStart(8)}  ${String(r.events).padStart(6)}  ${fmt(s('parse')).padStart(8)}  ${fmt(s('cluster')).padStart(9)}  ` +
        `${fmt(s('align')).padStart(7)}  ${fmt(s('diff')).padStart(6)}  ${fmt(total).padStart(7)}  ${fmt(r.articles / total).padStart(6)}  ` +
        `${warm === null ? '      —' : fmt(warm).padStart(8)}  ${warm === null ? '      —' : (warm / cold).toFixed(3).padStart(9)}  ${String(r.maxRssMb).padStart(8)}`,
    );
  }
  const a = results.get(10000);
  const b = results.get(100000);
  if (a && b) {
    const total = (r: ChildResult) =>
      ['parse', 'cluster', 'align', 'diff'].reduce((t, k) => t + (r.ms[k] ?? 0), 0);
    say(`growth 10k → 100k: time × ${(total(b) / total(a)).toFixed(2)} (linear would be × 10)`);
  }
  for (const n of exportSizes) {
    const dir = path.join(tmp, `corpus-${n}`);
    if (!existsSync(dir)) writeCorpus(dir, generateCorpus(n, outlets, 1));
    const index = path.join(tmp, `index-${n}.json`);
    const ids = path.join(tmp, `ids-${n}.json`);
    rmSync(ids, { force: true });
    const env = { ...process.env, PARALLAX_INDEX: path.resolve(index) };
    const t0 = performance.now();
    const c = spawnSync(
      'npx',
      ['tsx', 'scripts/corpus.ts', 'build', '--data', dir, '--out', index, '--ids', ids],
      {
        env,
        encoding: 'utf8',
      },
    );
    const t1 = performance.now();
    const nb = spawnSync('npx', ['next', 'build'], { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const t2 = performance.now();
    if (c.status !== 0 || nb.status !== 0) {
      say(`export ${n}: failed\n${(c.stderr + nb.stderr + nb.stdout).slice(-3000)}`);
      continue;
    }
    const out = dirSize('out');
    const secs = (t2 - t1) / 1000;
    say(
      `export ${n} articles: index ${fmt((t1 - t0) / 1000)} s, next build ${fmt(secs)} s, ${out.html} pages, ` +
        `${fmt(out.html / secs)} pages/s, out/ ${fmt(out.bytes / 2 ** 20)} MiB in ${out.files} files`,
    );
  }
  if (exportSizes.length > 0)
    say('out/ now holds a benchmark site: run `npm run build` to restore the seed site.');
  say(`(also written to ${log})`);
}

const i = process.argv.indexOf('--child');
if (i >= 0) void child(process.argv[i + 1]!);
else main();
