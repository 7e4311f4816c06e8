// Sums Vitest's and Playwright's JSON reports into the one closing line CI reads: `N passed, N failed[, N skipped]`.
// A report that is missing (its runner crashed) counts as one failure, so a broken run can never read as green.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [dir = '.cache/reports', stageFailuresArg = '0'] = process.argv.slice(2);
let passed = 0;
let failed = Number(stageFailuresArg) || 0;
let skipped = 0;

function read(name) {
  try {
    return JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
  } catch {
    return undefined;
  }
}

const unit = read('unit.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.numRuntimeErrorTestSuites ?? 0);
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  if (unit.success === false && (unit.numFailedTests ?? 0) === 0) failed += 1;
} else {
  console.log('No unit-test report: Vitest did not run to the end.');
  failed += 1;
}

const e2e = read('e2e.json');
if (e2e) {
  passed += (e2e.stats?.expected ?? 0) + (e2e.stats?.flaky ?? 0);
  failed += e2e.stats?.unexpected ?? 0;
  skipped += e2e.stats?.skipped ?? 0;
  if ((e2e.errors ?? []).length > 0) failed += 1;
} else if (!readOptional('failed-stages').includes('build')) {
  console.log('No browser-test report: Playwright did not run to the end.');
  failed += 1;
}

function readOptional(name) {
  try {
    return readFileSync(path.join(dir, name), 'utf8');
  } catch {
    return '';
  }
}

const line = `${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : '');
writeFileSync(path.join(dir, 'summary.txt'), line + '\n');
console.log(line);
process.exit(failed > 0 ? 1 : 0);
