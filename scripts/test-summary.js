#!/usr/bin/env node
/*
 * Reads Jest JSON reports and prints tests per package and a last line "N passed, N failed".
 * Exits non-zero when a test failed, a suite failed to run, or (unless --allow-missing is
 * given) a workspace package ran no test at all: `backstage-cli repo test` passes
 * --passWithNoTests, so an empty package would otherwise pass silently.
 * --expect-title=TEXT fails the run unless some test whose full name contains TEXT ran (passed
 * or failed, not skipped): e.g. the PostgreSQL run checks that tests named after POSTGRES_15
 * really ran, the Prometheus run that the REAL_PROMETHEUS tests did.
 */
const fs = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);
const allowMissing = args.includes('--allow-missing');
const expectedTitles = args
  .filter(a => a.startsWith('--expect-title='))
  .map(a => a.slice('--expect-title='.length));
const reports = args.filter(a => !a.startsWith('--'));
const titles = [];
const root = path.resolve(__dirname, '..');

const workspaces = ['packages', 'plugins'].flatMap(dir =>
  fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter(d => fs.existsSync(path.join(root, dir, d.name, 'package.json')))
    .map(d => `${dir}/${d.name}`),
);

const perPackage = new Map(workspaces.map(w => [w, { passed: 0, failed: 0 }]));
let passed = 0;
let failed = 0;
let brokenSuites = 0;

for (const report of reports) {
  if (!fs.existsSync(report)) {
    console.error(
      `test-summary: no Jest report at ${report} (Jest did not run)`,
    );
    process.exitCode = 1;
    continue;
  }
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  for (const suite of result.testResults) {
    const relative = path.relative(root, suite.name);
    const workspace = workspaces.find(w => relative.startsWith(`${w}/`));
    const counts = perPackage.get(workspace) ?? { passed: 0, failed: 0 };
    for (const test of suite.assertionResults) {
      if (test.status === 'passed') counts.passed++;
      if (test.status === 'failed') counts.failed++;
      // Only tests that ran: a skipped test must not satisfy --expect-title.
      if (test.status === 'passed' || test.status === 'failed') {
        titles.push(test.fullName);
      }
    }
    // A suite that fails to load (syntax error, missing module) has no assertion results.
    if (suite.status === 'failed' && suite.assertionResults.length === 0) {
      console.error(
        `test-summary: ${relative} failed to run: ${suite.message}`,
      );
      counts.failed++;
      brokenSuites++;
    }
    if (workspace) perPackage.set(workspace, counts);
  }
  passed += result.numPassedTests;
  failed += result.numFailedTests;
}
failed += brokenSuites;

console.log('\ntests per package:');
const missing = [];
for (const [workspace, counts] of perPackage) {
  console.log(
    `  ${workspace}: ${counts.passed} passed, ${counts.failed} failed`,
  );
  if (counts.passed + counts.failed === 0) missing.push(workspace);
}
if (missing.length > 0 && !allowMissing) {
  console.error(`test-summary: no test ran in ${missing.join(', ')}`);
  process.exitCode = 1;
}
for (const expected of expectedTitles) {
  if (!titles.some(title => title.includes(expected))) {
    console.error(`test-summary: no test named with ${expected} ran`);
    process.exitCode = 1;
  }
}
if (failed > 0) process.exitCode = 1;
console.log(`${passed} passed, ${failed} failed`);
