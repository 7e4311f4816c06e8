/**
 * `npm run eval [-- --examples N] ['{…}']`: every quality figure in one run. Event clustering (B-cubed precision, recall, F1 on
 * ../shared/corpora, real and packed dates) and sentence alignment (precision, recall, F1 against the hand-labelled
 * gold in data/gold/alignment), and both tiers there (eval-related: row precision and recall, rows + related recall of
 * same-statement and of all gold links, related precision, only-in truth, per gold event and overall). Each evaluation is its own script, run here in turn, so either can also run alone.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { orUsage, readArgs } from './args';

// Each script is given only the arguments it reads: clustering options (JSON) to eval-events, --examples to eval-align.
const { values, positionals } = orUsage(`Usage: npm run eval [-- --examples N] ['{"option":value,…}']`, () =>
  readArgs(process.argv.slice(2), { examples: { type: 'string' } }, 1),
);
const scripts: [string, string[]][] = [
  ['eval-events.ts', positionals],
  ['eval-align.ts', values.examples === undefined ? [] : ['--examples', values.examples]],
  ['eval-related.ts', values.examples === undefined ? [] : ['--examples', values.examples]],
];
let failed = 0;
for (const [script, args] of scripts) {
  console.log(`\n=== ${script.replace(/\.ts$/, '')} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join('scripts', script), ...args], {
    stdio: 'inherit',
  });
  if (r.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
