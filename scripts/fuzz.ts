/**
 * `npx tsx scripts/fuzz.ts [runs]`: the importer's properties (lib/corpus/properties.ts) with many more runs than the
 * unit suite, 10,000 each by default (or FUZZ_RUNS). Prints one line per property and any counterexample; exits 1 when
 * one fails. The seed is printed so a failure can be replayed with FUZZ_SEED.
 */
import fc from 'fast-check';
import { corpusProperties, fuzzRuns } from '../lib/corpus/properties';
import { orUsage, readArgs, wholeNumber } from './args';

const runs = orUsage('Usage: npx tsx scripts/fuzz.ts [RUNS]', () => {
  const [given] = readArgs(process.argv.slice(2), {}, 1).positionals;
  return given === undefined ? fuzzRuns(10_000) : wholeNumber(given, 'RUNS', 1);
});
const seed = Number(process.env.FUZZ_SEED) || Date.now() % 2 ** 31;
console.log(`Fuzzing the corpus importer: ${runs} runs per property, seed ${seed}`);
let failed = 0;
for (const { name, property } of corpusProperties()) {
  const started = performance.now();
  const details = fc.check(property, { numRuns: runs, seed });
  const ms = Math.round(performance.now() - started);
  if (details.failed) {
    failed++;
    console.log(`FAIL ${name} (${details.numRuns} runs, ${ms} ms)`);
    console.log(`     counterexample: ${fc.stringify(details.counterexample)}`);
    if (details.errorInstance) console.log(`     error: ${String(details.errorInstance)}`);
  } else {
    console.log(`ok   ${name} (${details.numRuns} runs, ${ms} ms)`);
  }
}
console.log(failed === 0 ? 'All properties held.' : `${failed} properties failed.`);
process.exit(failed === 0 ? 0 : 1);
