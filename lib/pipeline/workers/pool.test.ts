import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { emptyRegistry } from '../../events/ids';
import type { Event } from '../../types';
import { indexOf } from '../assemble';
import { buildCorpusIndex } from '../run';
import { createWorkerPool, WorkerCrash } from './pool';
import type { WorkerResponse } from './worker';

/**
 * A worker that crashes costs only the task it held: the pool goes on with the others, and the build turns the file or
 * event at fault into a diagnostic. Crashes are made on purpose through worker.ts's test hook
 * (PARALLAX_TEST_WORKER_CRASH: a worker handed that file or event id ends its thread, as a crash would).
 */
const root = mkdtempSync(path.join(os.tmpdir(), 'parallax-pool-test-'));
const corpusDir = path.join(root, 'corpus');
cpSync(path.resolve('data', 'corpus'), corpusDir, { recursive: true });
const seeds = ['000_62585204ae98a10b.txt', '001_b8c5c287e15dbfcf.txt', '002_e86b236ceaaf9bff.txt'];
const today = '2026-01-01';

afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.PARALLAX_TEST_WORKER_CRASH;
});

const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(corpusDir, name)));

describe('createWorkerPool', () => {
  it('fails only the crashed task, and runs the tasks after it on a fresh worker', async () => {
    process.env.PARALLAX_TEST_WORKER_CRASH = seeds[1];
    const pool = createWorkerPool(1);
    try {
      const parse = (name: string) =>
        pool.run({ kind: 'parse', files: [{ file: name, bytes: bytesOf(name) }], today });
      const results = await Promise.allSettled(seeds.map(parse));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const crash = (results[1] as PromiseRejectedResult).reason as Error;
      expect(crash).toBeInstanceOf(WorkerCrash);
      expect(crash.message).toMatch(/exited with code 1/);
      // Later still: the pool is not poisoned.
      const later = await parse(seeds[2]!);
      expect(later.kind).toBe('parse');
    } finally {
      await pool.close();
    }
  });
});

describe('createWorkerPool with parseBytesPerWorker', () => {
  const parseOn = (pool: ReturnType<typeof createWorkerPool>) => (name: string) =>
    pool.run({ kind: 'parse', files: [{ file: name, bytes: bytesOf(name) }], today });
  // What a parse gives, read back: the entries' bytes may differ where a worker holds a string in one byte a character
  // and another in two (the serialiser writes what it finds), never in what they read back as.
  const readBack = (r: WorkerResponse) =>
    r.kind === 'parse' ? { ...r, ms: 0, parsed: r.parsed.map((e) => v8.deserialize(e) as unknown) } : r;

  it('retires a worker once it has parsed that many bytes, and its successors give the same results', async () => {
    const names = [...seeds, seeds[0]!, seeds[2]!];
    const once = createWorkerPool(1);
    const big = createWorkerPool(1, { parseBytesPerWorker: 1e9 });
    // Any file is at least a byte: a worker for each task.
    const each = createWorkerPool(1, { parseBytesPerWorker: 1 });
    try {
      const expected = (await Promise.all(names.map(parseOn(once)))).map(readBack);
      expect((await Promise.all(names.map(parseOn(big)))).map(readBack)).toEqual(expected);
      expect((await Promise.all(names.map(parseOn(each)))).map(readBack)).toEqual(expected);
      expect([once.started, big.started, each.started]).toEqual([1, 1, 5]);
      // And later: a pool whose workers retired still takes work.
      expect((await parseOn(each)(seeds[1]!)).kind).toBe('parse');
      expect(each.started).toBe(6);
    } finally {
      await Promise.all([once.close(), big.close(), each.close()]);
    }
  });
});

describe('buildCorpusIndex when a worker crashes', () => {
  // Parse batches of about two seed files, and every event on the workers: the pool's paths, not the shortcuts.
  const batching = { parseBytes: 8000, minEvents: 0 };

  it('leaves out only the file that crashed its worker, with an error naming it, and builds the rest', async () => {
    const whole = indexOf((await buildCorpusIndex(corpusDir, emptyRegistry(), { workers: 0, today })).index);
    const bad = seeds[1]!;
    process.env.PARALLAX_TEST_WORKER_CRASH = bad;
    const { index } = await buildCorpusIndex(corpusDir, emptyRegistry(), { workers: 2, today, batching });
    const built = indexOf(index);
    // The file's batch-mate (000, parsed in the same batch before the retry) and every other file are in.
    expect(built.articles.map((a) => a.file).sort()).toEqual(
      whole.articles
        .map((a) => a.file)
        .filter((f) => f !== bad)
        .sort(),
    );
    const errors = built.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toBe(bad);
    expect(errors[0]!.message).toMatch(
      /could not parse this file \(build worker crashed: .*exited with code 1\)/,
    );
    expect(errors[0]!.message).toMatch(/split the file/);
    // Events were still completed on the workers after the crash.
    expect(built.events.length).toBeGreaterThan(0);
    expect(built.events.some((e) => e.rows.length > 0)).toBe(true);
  });

  it('keeps an event whose completion crashed its worker without rows, names it, and completes the others', async () => {
    const whole = indexOf((await buildCorpusIndex(corpusDir, emptyRegistry(), { workers: 0, today })).index);
    const bad = whole.events.find((e) => e.rows.length > 0)!;
    process.env.PARALLAX_TEST_WORKER_CRASH = bad.id;
    const { index } = await buildCorpusIndex(corpusDir, emptyRegistry(), { workers: 2, today, batching });
    const built = indexOf(index);
    expect(built.events.map((e) => e.id)).toEqual(whole.events.map((e) => e.id));
    const kept = built.events.find((e) => e.id === bad.id)! as Event & { insights: unknown[] };
    expect(kept.rows).toEqual([]);
    expect(kept.insights).toEqual([]);
    // Every other event is exactly what the build without workers made.
    for (const e of built.events.filter((x) => x.id !== bad.id)) {
      expect(JSON.stringify(e)).toBe(JSON.stringify(whole.events.find((w) => w.id === e.id)));
    }
    const errors = built.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(`event ${bad.id} (`);
    expect(errors[0]!.message).toMatch(
      /could not be aligned \(build worker crashed: .*\), so it is listed without rows/,
    );
    expect(built.articles.length).toBe(whole.articles.length);
  });
});
