/**
 * `npx tsx scripts/same-index.ts [--ref main] [--data DIR]… [--bench 1000] [--keep DIR]`: whether this checkout
 * builds the same index bytes as another commit, corpus by corpus. What a change that should only make the build
 * faster is checked with (docs/performance.md, "Same output").
 *
 * The other commit (where this branch left `ref`: their merge base) is checked out in a temporary git worktree (sharing this checkout's node_modules) and each corpus
 * is built cold by both trees (`scripts/corpus.ts build --no-cache`, an empty event-id registry each time), then the
 * two index files are compared byte for byte. The corpora: the seeds, ../shared/corpora's BASIL dev, Ground News dev
 * and GVA dev where present (or the `--data` folders given), and a generated corpus of `--bench` articles shaped as the
 * bench's (scripts/gen-corpus.ts; 0 for none). Exits 1 when any index differs, printing where the first difference is.
 * `--keep DIR` keeps the indexes (DIR/ref/NAME.json, DIR/here/NAME.json) instead of a temporary folder, and a later run
 * with the same DIR and commit reuses the reference ones.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_OUTLETS, generateCorpus, writeCorpus } from './gen-corpus';
import { readArgs, runCli, wholeNumber } from './args';

const USAGE = 'Usage: npx tsx scripts/same-index.ts [--ref REF] [--data DIR]… [--bench N] [--keep DIR]';

const SHARED = ['basil-dev', 'groundnews-dev', 'gva-dev'].map((name) =>
  path.join('..', 'shared', 'corpora', name),
);

function git(args: string[]): string {
  const r = spawnSync('git', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout.trim();
}

/** Build `data` with the checkout at `root` into `out`; the seconds it took. */
function buildWith(root: string, data: string, out: string): number {
  const ids = `${out}.ids.json`;
  rmSync(ids, { force: true });
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/corpus.ts',
      'build',
      '--data',
      data,
      '--out',
      out,
      '--ids',
      ids,
      '--no-cache',
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0)
    throw new Error(`build of ${data} in ${root} failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
  return (performance.now() - t) / 1000;
}

/** Byte offset of the first difference, or -1 when the files are identical. */
function firstDifference(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) if (a[k] !== b[k]) return k;
  return a.length === b.length ? -1 : n;
}

async function main(): Promise<void> {
  const { values } = readArgs(process.argv.slice(2), {
    ref: { type: 'string' },
    data: { type: 'string', multiple: true },
    bench: { type: 'string' },
    keep: { type: 'string' },
  });
  const ref = values.ref ?? 'main';
  const benchSize = wholeNumber(values.bench ?? '1000', '--bench');
  const work = values.keep ? path.resolve(values.keep) : mkdtempSync(path.join(os.tmpdir(), 'same-index-'));
  mkdirSync(work, { recursive: true });
  const corpora = (values.data ?? ['data/corpus', ...SHARED.filter((d) => existsSync(d))]).map((d) =>
    path.resolve(d),
  );
  if (benchSize > 0) {
    const dir = path.join(work, `bench-${benchSize}`);
    rmSync(dir, { recursive: true, force: true });
    writeCorpus(dir, generateCorpus(benchSize, DEFAULT_OUTLETS, 1));
    corpora.push(dir);
  }
  // Where this branch left `ref`, so commits made on `ref` since (other work) do not count as differences.
  const commit = git(['merge-base', 'HEAD', git(['rev-parse', '--verify', `${ref}^{commit}`])]);
  const tree = path.join(work, 'ref-tree');
  const refDir = path.join(work, 'ref');
  const stamp = path.join(refDir, 'COMMIT');
  // With --keep, the reference indexes of an earlier run at the same commit are reused (building them is half the work).
  const reuse =
    values.keep !== undefined &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === commit &&
    corpora.every((d) => existsSync(path.join(refDir, `${path.basename(d)}.json`)));
  if (!reuse) {
    rmSync(refDir, { recursive: true, force: true });
    rmSync(tree, { recursive: true, force: true });
    git(['worktree', 'add', '--detach', tree, commit]);
    symlinkSync(path.resolve('node_modules'), path.join(tree, 'node_modules'), 'dir');
  }
  let differ = 0;
  try {
    for (const side of ['ref', 'here']) mkdirSync(path.join(work, side), { recursive: true });
    console.log(`Index bytes of ${ref} (${commit.slice(0, 10)}) against this checkout, built cold:`);
    for (const data of corpora) {
      const name = path.basename(data);
      const a = path.join(refDir, `${name}.json`);
      const b = path.join(work, 'here', `${name}.json`);
      const ta = reuse ? null : buildWith(tree, data, a);
      const tb = buildWith(process.cwd(), data, b);
      const bytesA = readFileSync(a);
      const at = firstDifference(bytesA, readFileSync(b));
      if (at >= 0) differ++;
      console.log(
        `  ${name.padEnd(16)} ${at < 0 ? 'identical' : `DIFFERS at byte ${at}`} (${bytesA.length} bytes; ` +
          `${ta === null ? 'kept' : `${ta.toFixed(1)} s`} with ${ref}, ${tb.toFixed(1)} s here)`,
      );
      if (at >= 0) {
        const around = (file: string) =>
          readFileSync(file)
            .subarray(Math.max(0, at - 80), at + 80)
            .toString();
        console.log(`    ${ref}: …${around(a)}…\n    here: …${around(b)}…`);
      }
    }
    if (!reuse) writeFileSync(stamp, commit);
  } finally {
    if (!reuse) git(['worktree', 'remove', '--force', tree]);
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
  console.log(differ === 0 ? 'All identical.' : `${differ} of ${corpora.length} differ.`);
  if (differ > 0) process.exit(1);
}

runCli(USAGE, main);
