/**
 * `npx tsx scripts/search-bench.ts --index FILE [--queries 'a|b|c'] [--runs 7] [--out DIR] [--pagefind DIR]`: the
 * static search index of a CorpusIndex (one written by `scripts/corpus.ts build`), measured as a reader meets it:
 * - the index's bytes and files (as written, and brotli-compressed as `npm start` and most hosts send text);
 * - per query: the files the search page fetches (meta.json, one term shard per word, one outlet file per filtered
 *   outlet, the chunks holding the best 20 results), their bytes raw and compressed, and the query's time in Node,
 *   from the fetched files' text to 20 results with snippets (JSON parsing included, as the page pays it), median of
 *   `--runs` runs, each with nothing parsed yet;
 * - each query again filtered by an outlet and the month of the corpus's busiest day.
 * `--pagefind DIR` (a folder holding the `pagefind` npm package, e.g. after
 * `npm install --prefix /tmp/pf pagefind@1.6.0`: DIR is `/tmp/pf/node_modules/pagefind`) indexes the same rows as
 * Pagefind custom records (one per row; filters `outlet` and `date`; meta title, date, outlets) and measures the same:
 * total bytes, bytes a query downloads (Pagefind's files are gzip already; its JS and WebAssembly are counted apart)
 * and time in Node through Pagefind's own browser module, fetch served from memory. Figures are printed, never
 * asserted: docs/performance.md ("Search at size") has this machine's.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { buildSearchIndex } from '../lib/search/build';
import { searchDocuments } from '../lib/search/documents';
import { chunkPath, outletPath, shardPath } from '../lib/search/files';
import type { SearchFilter } from '../lib/search/filters';
import { searchIndex, type IndexReader } from '../lib/search/run';
import { snippetFragments } from '../lib/search/terms';
import type { CorpusIndex } from '../lib/types';
import { isMain, readArgs, runCli, UsageError, wholeNumber } from './args';

const USAGE =
  "Usage: npx tsx scripts/search-bench.ts --index FILE [--queries 'a|b|c'] [--runs N] [--out DIR] [--chunk-size N] [--pagefind DIR [--max-fragments N]]";
const PAGE = 20;

const br = (text: string | Buffer) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 10 } }).length;
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

interface Case {
  label: string;
  query: string;
  filter: SearchFilter;
}

/** Every file under dir: relative path → bytes. */
function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(path.relative(dir, full).split(path.sep).join('/'), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

/** Our search as the page runs it (lib/search/run.ts), files served from `files`; returns what it read. */
async function ourQuery(
  files: Map<string, string>,
  c: Case,
): Promise<{ fetched: string[]; total: number; shown: number }> {
  const fetched: string[] = [];
  const read: IndexReader = async <T>(p: string) => {
    const text = files.get(p);
    if (text === undefined) return undefined;
    fetched.push(p);
    return JSON.parse(text) as T;
  };
  const run = await searchIndex(read, c.query, c.filter, PAGE);
  // The snippets the page would make of the rows shown.
  for (const s of run?.shown ?? []) for (const cell of s.doc.cells) snippetFragments(cell.text, run!.terms);
  return { fetched, total: run?.matches.length ?? 0, shown: run?.shown.length ?? 0 };
}

interface PagefindModule {
  createIndex(config?: object): Promise<{ errors: string[]; index?: PagefindIndex }>;
  close(): Promise<unknown>;
}
interface PagefindIndex {
  addCustomRecord(record: object): Promise<{ errors: string[] }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
}
interface PagefindSearch {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: object,
  ): Promise<{ results: { data(): Promise<unknown> }[]; unfilteredResultCount: number }>;
}

async function pagefindBench(
  index: CorpusIndex,
  cases: Case[],
  moduleDir: string,
  dir: string,
  runs: number,
  maxFragments: number | undefined,
): Promise<void> {
  const pagefind = (await import(pathToFileURL(path.join(moduleDir, 'lib/index.js')).href)) as PagefindModule;
  const eventById = new Map(index.events.map((e) => [e.id, e]));
  let t = performance.now();
  const created = await pagefind.createIndex({
    forceLanguage: 'en',
    ...(maxFragments === undefined ? {} : { maxFragments }),
  });
  if (!created.index) throw new Error(`pagefind: ${created.errors.join('; ')}`);
  const docs = searchDocuments(index);
  for (const doc of docs) {
    const event = eventById.get(doc.event)!;
    const r = await created.index.addCustomRecord({
      url: `/events/${doc.event}/#r${doc.row}`,
      content: doc.cells.map((c) => `${c.outlet}: ${c.text}`).join('\n'),
      language: 'en',
      meta: {
        title: event.title,
        date: event.date ?? '',
        outlets: [...new Set(doc.cells.map((c) => c.outlet))].join(', '),
      },
      filters: {
        outlet: [...new Set(doc.cells.map((c) => c.outletId))],
        date: event.date ? [event.date] : [],
      },
    });
    if (r.errors.length > 0) throw new Error(`pagefind: ${r.errors.join('; ')}`);
  }
  rmSync(dir, { recursive: true, force: true });
  const written = await created.index.writeFiles({ outputPath: dir });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  const buildMs = performance.now() - t;

  const files = readTree(dir);
  // The index proper; the JS and WebAssembly a search loads are counted apart, the UI files (pagefind-ui.js, …) not.
  const isIndex = (p: string) => /\.pf_(meta|index|filter|fragment)$/.test(p) || p === 'pagefind-entry.json';
  let indexBytes = 0;
  let indexFiles = 0;
  for (const [p, b] of files) {
    if (isIndex(p)) {
      indexBytes += b.length;
      indexFiles++;
    }
  }
  console.log(
    `\npagefind: ${docs.length} records in ${(buildMs / 1000).toFixed(1)} s; index ${mb(indexBytes)} in ${indexFiles} ` +
      `files (gzip as written; a host sends them as they are)`,
  );

  // Pagefind's browser module, run in Node: a copy as .mjs, fetch served from memory, one fresh module a run.
  const moduleText = files.get('pagefind.js')!.toString('utf8');
  const realFetch = globalThis.fetch;
  let fetched: string[] = [];
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = String(input instanceof Request ? input.url : input);
    const p = url.replace(/^file:\/\/\/pf\//, '').replace(/\?.*$/, '');
    const body = files.get(p);
    if (body === undefined) return new Response(null, { status: 404 });
    fetched.push(p);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: { 'content-type': p.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream' },
    });
  }) as typeof fetch;
  const tmp = path.join(dir, '..', `pagefind-run-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  try {
    console.log(
      'query                                   results  files  index bytes  + code bytes (br)  median ms  (search alone)',
    );
    for (const c of cases) {
      const times: number[] = [];
      const searchTimes: number[] = [];
      let results = 0;
      let got: string[] = [];
      for (let run = 0; run < runs; run++) {
        const file = path.join(tmp, `pagefind-${run}-${cases.indexOf(c)}.mjs`);
        writeFileSync(file, moduleText);
        fetched = [];
        t = performance.now();
        const pf = (await import(pathToFileURL(file).href)) as PagefindSearch;
        await pf.options({ basePath: 'file:///pf/' });
        await pf.init();
        const filters: Record<string, { any: string[] }> = {};
        if (c.filter.outlets.length > 0) filters.outlet = { any: c.filter.outlets };
        if (c.filter.from !== null && c.filter.to !== null)
          filters.date = { any: daysBetween(c.filter.from, c.filter.to) };
        const search = async () => {
          const found = await pf.search(c.query, Object.keys(filters).length > 0 ? { filters } : {});
          await Promise.all(found.results.slice(0, PAGE).map((r) => r.data()));
          return found.results.length;
        };
        results = await search();
        times.push(performance.now() - t);
        got = [...fetched];
        // The same search again on the loaded instance: Pagefind's own work, without loading or compiling anything.
        const t2 = performance.now();
        await search();
        searchTimes.push(performance.now() - t2);
      }
      const indexBytes = got.filter(isIndex).reduce((s, p) => s + files.get(p)!.length, 0);
      const code = got.filter((p) => !isIndex(p));
      const codeBytes = code.reduce((s, p) => s + files.get(p)!.length, 0);
      const codeBr = code.reduce(
        (s, p) => s + (p.endsWith('.js') ? br(files.get(p)!) : files.get(p)!.length),
        0,
      );
      console.log(
        `${c.label.padEnd(40)}${String(results).padStart(7)}${String(got.filter(isIndex).length).padStart(7)}  ${kb(indexBytes).padStart(11)}  ${`${kb(codeBytes)} (${kb(codeBr)})`.padStart(17)}  ${median(times).toFixed(1).padStart(9)}  (${median(searchTimes).toFixed(1)})`,
      );
    }
  } finally {
    globalThis.fetch = realFetch;
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The days from … to, inclusive, as YYYY-MM-DD (Pagefind's filters take values, not ranges). */
function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (
    let d = new Date(`${from}T00:00:00Z`);
    d.toISOString().slice(0, 10) <= to;
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

async function main() {
  const { values } = readArgs(process.argv.slice(2), {
    index: { type: 'string' },
    queries: { type: 'string', default: 'talks|police said|Ukraine|president|killed' },
    runs: { type: 'string', default: '7' },
    out: { type: 'string', default: path.join(os.tmpdir(), 'parallax-search-bench') },
    pagefind: { type: 'string' },
    'chunk-size': { type: 'string', default: '20' },
    'max-fragments': { type: 'string' },
  });
  if (!values.index) throw new UsageError('--index is required');
  const runs = wholeNumber(values.runs, '--runs');
  const index = JSON.parse(readFileSync(values.index, 'utf8')) as CorpusIndex;

  let t = performance.now();
  const built = buildSearchIndex(index, { chunkSize: wholeNumber(values['chunk-size'], '--chunk-size', 1) });
  const buildMs = performance.now() - t;
  const files = new Map<string, string>([['meta.json', JSON.stringify(built.meta)]]);
  for (const s of built.shards) files.set(shardPath(s.key), JSON.stringify(s.terms));
  built.chunks.forEach((c, i) => files.set(chunkPath(i), JSON.stringify(c)));
  for (const o of built.outlets) files.set(outletPath(o.id), JSON.stringify(o.docs));
  const ours = path.join(values.out, 'ours');
  rmSync(ours, { recursive: true, force: true });
  for (const [p, text] of files) {
    mkdirSync(path.dirname(path.join(ours, p)), { recursive: true });
    writeFileSync(path.join(ours, p), text);
  }
  const bytesOf = (pred: (p: string) => boolean) => {
    let raw = 0;
    let compressed = 0;
    let count = 0;
    for (const [p, text] of files) {
      if (!pred(p)) continue;
      raw += Buffer.byteLength(text);
      compressed += br(text);
      count++;
    }
    return `${mb(raw)} (br ${mb(compressed)}) in ${count} files`;
  };
  const textBytes = index.articles.reduce(
    (s, a) => s + a.sentences.reduce((n, x) => n + Buffer.byteLength(x.text) + 1, 0),
    0,
  );
  console.log(
    `ours: ${index.articles.length} articles (${mb(textBytes)} of sentences), ${built.meta.docs} rows, built in ${(buildMs / 1000).toFixed(1)} s\n` +
      `  all     ${bytesOf(() => true)}\n  meta    ${bytesOf((p) => p === 'meta.json')}\n` +
      `  terms   ${bytesOf((p) => p.startsWith('terms/'))}\n  docs    ${bytesOf((p) => p.startsWith('docs/'))}\n` +
      `  outlets ${bytesOf((p) => p.startsWith('outlets/'))}`,
  );

  // The outlet with most rows and the month of the busiest day: a filter a reader would set.
  const outlet = [...built.outlets].sort((a, b) => b.docs.length - a.docs.length || (a.id < b.id ? -1 : 1))[0]
    ?.id;
  const busiest = built.meta.days
    .map(([date, start], i) => ({ date, n: (built.meta.days[i + 1]?.[1] ?? built.meta.docs) - start }))
    .filter((d) => d.date !== '')
    .sort((a, b) => b.n - a.n)[0]?.date;
  const month = busiest?.slice(0, 7);
  const lastDay = month
    ? new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate()
    : 0;
  const filter: SearchFilter = {
    outlets: outlet ? [outlet] : [],
    from: month ? `${month}-01` : null,
    to: month ? `${month}-${String(lastDay).padStart(2, '0')}` : null,
  };
  const cases: Case[] = [];
  for (const q of values.queries.split('|')) {
    cases.push({ label: `"${q}"`, query: q, filter: { outlets: [], from: null, to: null } });
    cases.push({ label: `"${q}" ${outlet} ${month}`, query: q, filter });
  }

  console.log(
    'query                                   results  files  bytes raw   bytes br   median ms  (runs)',
  );
  for (const c of cases) {
    const times: number[] = [];
    let last = await ourQuery(files, c);
    for (let run = 0; run < runs; run++) {
      t = performance.now();
      last = await ourQuery(files, c);
      times.push(performance.now() - t);
    }
    const raw = last.fetched.reduce((s, p) => s + Buffer.byteLength(files.get(p)!), 0);
    const compressed = last.fetched.reduce((s, p) => s + br(files.get(p)!), 0);
    console.log(
      `${c.label.padEnd(40)}${String(last.total).padStart(7)}${String(last.fetched.length).padStart(7)}  ${kb(raw).padStart(9)}  ${kb(compressed).padStart(9)}  ${median(times).toFixed(1).padStart(10)}  (${times.map((x) => x.toFixed(0)).join(' ')})`,
    );
  }

  if (values.pagefind) {
    const maxFragments = values['max-fragments'];
    await pagefindBench(
      index,
      cases,
      values.pagefind,
      path.join(values.out, 'pagefind'),
      runs,
      maxFragments === undefined ? undefined : wholeNumber(maxFragments, '--max-fragments', 1),
    );
  }
}

if (isMain(import.meta.url)) runCli(USAGE, main);
