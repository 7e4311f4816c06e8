/**
 * `npm run budget [-- --no-lighthouse] [--no-wide] [--no-desktop] [--runs N] [--cpu-slowdown N | --as-if-index N]`:
 * what the pages weigh and how Lighthouse scores them.
 *
 * - The site in out/ (`npm run build`, the embedded corpus): home and the seed event page.
 * - A 31-outlet event page: the Ground News dev corpus (../shared/corpora/groundnews-dev, where present) built into a
 *   copy of the app under .cache/budget-site as `npm run build` builds (next build, harden, postbuild), so out/ is left
 *   alone; skipped with a note where the corpus is absent.
 *
 * For each page: the HTML, and the JavaScript it loads (every `<script src>` of the page), raw, gzip and brotli (what a
 * server sends compressed). Lighthouse 12 (the npm package, with Debian's Chromium: CHROME_PATH or /usr/bin/chromium)
 * scores performance and accessibility on its default mobile profile, each page served locally by scripts/serve.mjs,
 * and prints beside each score the machine's speed as Lighthouse measured it (`benchmarkIndex`, median over runs).
 * `--cpu-slowdown N` scores the mobile profile with the CPU slowed N× instead of 4×: on a fast machine, the score of a
 * slower phone-class one, whose index is about this machine's × 4 / N (printed as "as if"; Lighthouse's own advice for
 * calibrating its throttling to a reference device). `--as-if-index N` picks that factor run by run, 4 × the machine's
 * last measured index ÷ N (a first, unreported run measures it), since this machine's index moves between runs.
 * Figures are printed and written to .cache/budget.txt, never asserted: scores belong to the machine (targets and this
 * machine's figures: docs/performance.md).
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
  appendFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { createSiteServer } from './serve.mjs';
import { run, siteCopy } from './site-tools';
import { compareText } from '../lib/text/compare';
import { readArgs, runCli, UsageError, wholeNumber } from './args';

interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

function weigh(bytes: Buffer): Weight {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function add(a: Weight, b: Weight): Weight {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const show = (w: Weight) => `${kb(w.raw)} raw, ${kb(w.gzip)} gzip, ${kb(w.brotli)} br`;

/** The page's HTML file in an export (trailingSlash: a folder with index.html). */
function pageFile(site: string, route: string): string {
  return path.join(site, route.replace(/^\//, ''), 'index.html');
}

/** The HTML and the scripts a page loads, weighed. */
function pageWeight(site: string, route: string): { html: Weight; js: Weight; scripts: number } {
  const html = readFileSync(pageFile(site, route));
  const srcs = new Set(
    [...html.toString('utf8').matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!.split('?')[0]!),
  );
  let js: Weight = { raw: 0, gzip: 0, brotli: 0 };
  for (const src of srcs) {
    const file = path.join(site, src.replace(/^\//, ''));
    if (existsSync(file)) js = add(js, weigh(readFileSync(file)));
  }
  return { html: weigh(html), js, scripts: srcs.size };
}

/** The ids of the index's events, with their outlet counts. */
function eventsOf(index: string): { id: string; outlets: number }[] {
  const data = JSON.parse(readFileSync(index, 'utf8')) as {
    articles: { id: string; outlet: { id: string } }[];
    events: { id: string; articleIds: string[] }[];
  };
  const outletOf = new Map(data.articles.map((a) => [a.id, a.outlet.id]));
  return data.events.map((e) => ({
    id: e.id,
    outlets: new Set(e.articleIds.map((a) => outletOf.get(a))).size,
  }));
}

interface Lhr {
  audits: Record<string, { numericValue?: number; score: number | null; scoreDisplayMode?: string }>;
  categories: Record<string, { score: number | null; auditRefs?: { id: string }[] }>;
  /** Lighthouse's measure of this machine's speed at the time of the run (higher is faster). */
  environment?: { benchmarkIndex?: number };
}

/** The middle value (the lower middle of an even count); NaN for none. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** The mobile profile's CPU slowdown: a fixed factor, or the one that makes this machine score as one of `index`. */
type Throttle = { factor: number } | { index: number };

async function lighthouse(
  site: string,
  routes: string[],
  say: (s: string) => void,
  runs: number,
  throttle: Throttle,
  desktop: boolean,
): Promise<void> {
  const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chrome)) {
    say(`Lighthouse: skipped, no Chromium at ${chrome} (apt-get install chromium, or set CHROME_PATH)`);
    return;
  }
  const server = createSiteServer(site);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const root = process.getuid?.() === 0;
  try {
    // Lighthouse's default (a mid-range phone on a slow 4G link, CPU slowed 4×), then its desktop preset.
    const presets = desktop ? (['mobile', 'desktop'] as const) : (['mobile'] as const);
    // The machine's index as last measured (for --as-if-index): unknown until a first run measures it.
    let lastIndex: number | undefined;
    for (const [route, preset] of routes.flatMap((r) => presets.map((p) => [r, p] as const))) {
      // One Lighthouse run is noisy on a shared machine (the mobile score of one page has moved by 0.1 between runs
      // here): each page is scored `runs` times and the run with the median performance score is reported, with the
      // range.
      const scored: { lhr: Lhr; kept: string; run: number; factor: number }[] = [];
      const calibrate = preset === 'mobile' && 'index' in throttle && lastIndex === undefined;
      for (let i = calibrate ? -1 : 0; i < runs; i++) {
        const factor =
          preset === 'desktop'
            ? 1
            : 'factor' in throttle
              ? throttle.factor
              : lastIndex === undefined
                ? 4
                : Math.round(((4 * lastIndex) / throttle.index) * 10) / 10;
        const report = path.join(os.tmpdir(), `parallax-lighthouse-${process.pid}.json`);
        // Spawned without blocking: the pages are served by this process.
        const r = await run(
          path.resolve('node_modules', '.bin', 'lighthouse'),
          [
            `http://127.0.0.1:${port}${route}`,
            '--only-categories=performance,accessibility',
            '--output=json',
            `--output-path=${report}`,
            '--quiet',
            ...(preset === 'desktop'
              ? ['--preset=desktop']
              : factor !== 4
                ? [`--throttling.cpuSlowdownMultiplier=${factor}`]
                : []),
            `--chrome-flags=--headless=new --disable-gpu${root ? ' --no-sandbox' : ''}`,
          ],
          { cwd: process.cwd(), env: { ...process.env, CHROME_PATH: chrome } },
        );
        if (!r.ok || !existsSync(report)) {
          say(`Lighthouse ${route} (${preset}): run ${i + 1} failed (${r.output.slice(-600)})`);
          continue;
        }
        // Kept for a closer look: .cache/lighthouse-<preset>-<route>-<run>.json.
        const kept = path.join(
          '.cache',
          `lighthouse-${preset}${route.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}-${i + 1}.json`,
        );
        renameSync(report, kept);
        const lhr = JSON.parse(readFileSync(kept, 'utf8')) as Lhr;
        if (preset === 'mobile') lastIndex = lhr.environment?.benchmarkIndex ?? lastIndex;
        // The calibration run only measures the machine.
        if (i >= 0) scored.push({ lhr, kept, run: i, factor });
      }
      if (scored.length === 0) continue;
      const perf = (x: { lhr: Lhr }) => x.lhr.categories.performance?.score ?? 0;
      scored.sort((a, b) => perf(a) - perf(b) || a.run - b.run);
      const { lhr, kept } = scored[Math.floor((scored.length - 1) / 2)]!;
      const accessibilityAudits = new Set(lhr.categories.accessibility?.auditRefs?.map((r) => r.id) ?? []);
      const failing = Object.entries(lhr.audits)
        .filter(([id, a]) => a.scoreDisplayMode === 'binary' && a.score === 0 && accessibilityAudits.has(id))
        .map(([id]) => id);
      const ms = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
      const range =
        scored.length > 1
          ? ` (median of ${scored.length} runs: ${scored.map(perf).join(', ')})`
          : ' (one run)';
      // Scores belong to the machine: its benchmarkIndex, run by run in the order of the scores above, says how fast
      // it was (the targets are for an index of 1,100 or less), and the median TBT goes with the median score.
      const bench = scored.map((x) => Math.round(x.lhr.environment?.benchmarkIndex ?? NaN));
      const tbts = scored.map((x) => Math.round(x.lhr.audits['total-blocking-time']?.numericValue ?? NaN));
      // A run with the CPU slowed f× scores as a machine of its index × 4 ÷ f would with Lighthouse's default 4×.
      const asIfRuns = scored.map((x, k) => Math.round((bench[k]! * 4) / x.factor));
      const asIf =
        preset === 'mobile' && scored.some((x) => x.factor !== 4)
          ? ` (CPU slowed ${[...new Set(scored.map((x) => x.factor))].join('/')}×: as if benchmarkIndex ` +
            `${median(asIfRuns)}, runs: ${asIfRuns.join(', ')})`
          : '';
      const machine =
        `, benchmarkIndex ${median(bench)}${asIf}` +
        (scored.length > 1 ? ` (runs: ${bench.join(', ')}), TBT median ${median(tbts)} ms` : '');
      say(
        `Lighthouse ${route} (${preset}): performance ${perf({ lhr })}${range}${machine}, accessibility ${lhr.categories.accessibility?.score}` +
          ` (FCP ${ms('first-contentful-paint')} ms, LCP ${ms('largest-contentful-paint')} ms, TBT ${ms('total-blocking-time')} ms,` +
          ` CLS ${(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)})` +
          (failing.length > 0 ? `; accessibility audits failed: ${failing.join(', ')}` : '') +
          `; report ${kept}`,
      );
    }
  } finally {
    server.close();
  }
}

async function main(): Promise<void> {
  const { values } = readArgs(process.argv.slice(2), {
    runs: { type: 'string' },
    'cpu-slowdown': { type: 'string' },
    'as-if-index': { type: 'string' },
    'no-desktop': { type: 'boolean' },
    'no-wide': { type: 'boolean' },
    'no-lighthouse': { type: 'boolean' },
    'keep-site': { type: 'boolean' },
  });
  const runs = wholeNumber(values.runs ?? '5', '--runs', 1);
  if (values['cpu-slowdown'] !== undefined && values['as-if-index'] !== undefined)
    throw new UsageError('--cpu-slowdown and --as-if-index both set the slowdown: give one');
  const throttle: Throttle =
    values['as-if-index'] !== undefined
      ? { index: wholeNumber(values['as-if-index'], '--as-if-index', 1) }
      : { factor: wholeNumber(values['cpu-slowdown'] ?? '4', '--cpu-slowdown', 1) };
  const desktop = !values['no-desktop'];
  mkdirSync('.cache', { recursive: true });
  const log = path.join('.cache', 'budget.txt');
  writeFileSync(log, '');
  const say = (s: string) => {
    console.log(s);
    appendFileSync(log, s + '\n');
  };
  const index = process.env.PARALLAX_INDEX ?? path.join('.cache', 'index.json');
  if (!existsSync(path.join('out', 'index.html')) || !existsSync(index)) {
    console.error('No site in out/: run `npm run build` first.');
    process.exit(2);
  }
  say(
    `Parallax page budget, ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
  );
  const seed = eventsOf(index).sort((a, b) => b.outlets - a.outlets || compareText(a.id, b.id))[0];
  const routes = ['/', ...(seed ? [`/events/${seed.id}/`] : [])];
  for (const route of routes) {
    const w = pageWeight('out', route);
    say(`${route}: HTML ${show(w.html)}; JS (${w.scripts} files) ${show(w.js)}`);
  }

  if (!values['no-wide']) {
    const corpus = path.resolve('..', 'shared', 'corpora', 'groundnews-dev');
    if (!existsSync(corpus)) {
      say(`31-outlet page: skipped, ${corpus} is not here`);
    } else {
      const site = siteCopy('budget-site');
      const wideIndex = path.join(site, 'index.json');
      const env = { ...process.env, PARALLAX_INDEX: wideIndex, NEXT_TELEMETRY_DISABLED: '1' };
      const tsx = path.resolve('node_modules', '.bin', 'tsx');
      const built = await run(
        tsx,
        [
          'scripts/corpus.ts',
          'build',
          '--data',
          corpus,
          '--out',
          wideIndex,
          '--ids',
          path.join(site, 'ids.json'),
          '--no-cache',
        ],
        { cwd: site, env },
      );
      // The site as `npm run build` makes it: next build, then the same hardening (CSP, Next's client runtime
      // dropped) and post-processing (data files, service worker, payload files pruned).
      let next = built.ok
        ? await run(path.resolve('node_modules', '.bin', 'next'), ['build'], { cwd: site, env })
        : built;
      if (next.ok) next = await run(tsx, ['scripts/harden.ts', 'out'], { cwd: site, env });
      if (next.ok) next = await run(tsx, ['scripts/postbuild.ts', '--out', 'out'], { cwd: site, env });
      if (!next.ok) {
        say(`31-outlet page: the Ground News site did not build:\n${next.output.slice(-3000)}`);
      } else {
        const widest = eventsOf(wideIndex).sort(
          (a, b) => b.outlets - a.outlets || compareText(a.id, b.id),
        )[0]!;
        const route = `/events/${widest.id}/`;
        const w = pageWeight(path.join(site, 'out'), route);
        say(
          `${route} (${widest.outlets} outlets): HTML ${show(w.html)}; JS (${w.scripts} files) ${show(w.js)}`,
        );
        if (!values['no-lighthouse'])
          await lighthouse(path.join(site, 'out'), [route], say, runs, throttle, desktop);
      }
      if (!values['keep-site']) rmSync(site, { recursive: true, force: true });
    }
  }
  if (!values['no-lighthouse']) await lighthouse('out', routes, say, runs, throttle, desktop);
  say(`(also written to ${log})`);
}

runCli(
  'Usage: npm run budget [-- --no-lighthouse] [--no-wide] [--no-desktop] [--runs N] [--cpu-slowdown N | --as-if-index N] [--keep-site]',
  main,
);
