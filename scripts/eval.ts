/**
 * `npm run eval`: every quality figure in one run. Event clustering (B-cubed precision, recall, F1 on
 * ../shared/corpora, real and packed dates) and sentence alignment (precision, recall, F1 against the hand-labelled
 * gold in data/gold/alignment). Each evaluation is its own script, run here in turn, so either can also run alone.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const scripts = ['eval-events.ts', 'eval-align.ts'];
let failed = 0;
for (const script of scripts) {
  console.log(`\n=== ${script.replace(/\.ts$/, '')} ===`);
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join('scripts', script), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
