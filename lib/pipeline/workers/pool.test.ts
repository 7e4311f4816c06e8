import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createWorkerPool, WorkerCrash } from './pool';

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
