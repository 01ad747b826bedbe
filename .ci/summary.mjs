// Adds up the vitest JSON reports of every package into the one closing line CI reads.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
const packages = ['apps', 'packages'].flatMap((group) => readdirSync(group).map((pkg) => join(group, pkg)));
for (const dir of [...packages, 'bench']) {
  const file = join(dir, 'test-results', 'vitest.json');
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
  // vitest 4.1 can exit 0 after a failed global setup ("No test files found"); its report says so.
  if (report.success === false && report.numFailedTests === 0) {
    failed += 1;
    console.log(`${dir}: the run failed before any test (see its log above)`);
  }
  skipped += report.numPendingTests + report.numTodoTests;
  console.log(`${dir}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
if (passed + failed === 0) {
  console.log('0 passed, 1 failed');
  console.error('No test report found: the test runs did not execute.');
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
