import fc from 'fast-check';
import { describe, it } from 'vitest';
import { corpusProperties, fuzzRuns } from './properties';

// A few hundred runs per property in the unit suite; `npx tsx scripts/fuzz.ts` runs 10,000 each.
const RUNS = fuzzRuns(300);

describe('importer properties', () => {
  for (const { name, property } of corpusProperties()) {
    it(name, () => {
      fc.assert(property, { numRuns: RUNS, seed: 20220311 });
    });
  }
});
