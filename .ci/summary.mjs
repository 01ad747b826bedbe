// Adds up the vitest JSON reports of every package into the one closing line CI reads.
// `node .ci/summary.mjs [report…]`: `vitest` (the default, `npm test`), `security`, `chaos`, or several.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const reports = process.argv.length > 2 ? process.argv.slice(2) : ['vitest'];
let passed = 0;
let failed = 0;
let skipped = 0;
const packages = ['apps', 'packages'].flatMap((group) => readdirSync(group).map((pkg) => join(group, pkg)));
const files = [...packages, 'bench'].flatMap((dir) =>
  reports.map((report) => ({
    name: reports.length > 1 ? `${dir} (${report})` : dir,
    file: join(dir, 'test-results', `${report}.json`),
  })),
);
for (const { name: dir, file } of files) {
  if (!existsSync(file)) continue;
  const results = JSON.parse(readFileSync(file, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A file that failed outside any test (import error, failed hook) counts once; so does a run that
  // failed before any test: vitest 4.1 can exit 0 after a failed global setup ("No test files found").
  if (results.numFailedTests === 0 && (results.numFailedTestSuites > 0 || results.success === false)) {
    failed += 1;
    console.log(`${dir}: the run failed before any test (see its log above)`);
  }
  skipped += results.numPendingTests + results.numTodoTests;
  console.log(`${dir}: ${results.numPassedTests} passed, ${results.numFailedTests} failed`);
}
if (passed + failed === 0) {
  console.log('0 passed, 1 failed');
  console.error('No test report found: the test runs did not execute.');
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
