/**
 * Bundles the pages' island scripts (lib/client/<name>.ts, one file each) into public/islands/<name>.js (and the chunks
 * they import later), which Next
 * serves as it is and copies into the export: `npx tsx scripts/islands.ts`, run before `next build` and `next dev`.
 * esbuild rather than Next's bundler: these scripts must not pull in Next's or React's client runtime, which the
 * exported pages no longer load (scripts/harden.ts). The same sources give the same bytes.
 */
import { buildSync } from 'esbuild';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { orUsage, readArgs } from './args';

orUsage('Usage: npx tsx scripts/islands.ts', () => readArgs(process.argv.slice(2), {}, 0));

export const ISLANDS = ['comparison', 'event-filter', 'offline-status'] as const;

const outdir = path.join('public', 'islands');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
buildSync({
  entryPoints: ISLANDS.map((name) => path.join('lib', 'client', `${name}.ts`)),
  outdir,
  bundle: true,
  // Code an island needs only later (lib/client/comparison-draw.ts) goes in chunks it imports when it does.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  format: 'esm',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
console.log(`Island scripts: ${readdirSync(outdir).sort().join(', ')} in ${outdir}/`);
