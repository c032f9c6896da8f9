// The README's test command (`npm test`): set everything up on a fresh machine, then
// type-check, lint, build and run every test, ending with one line `N passed, M failed`.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { check, ensurePnpm, ensureSystemPackages, step } from './lib.mjs';

const pnpm = ensurePnpm();
ensureSystemPackages(['chromium', 'libkrb5-dev', 'ripgrep']);
step('install dependencies (frozen lockfile)', pnpm, ['install', '--frozen-lockfile']);
step('build', pnpm, ['run', 'build']);
// Type errors and lint findings fail the run, but the tests still run so one report shows everything.
const failedChecks = [
  check('type-check', pnpm, ['run', 'typecheck']),
  check('lint', pnpm, ['run', 'lint']),
].filter((name) => name !== null);
if (existsSync('apps/vscode/scripts/setup-e2e.mjs')) {
  step('set up code-server for the VS Code end-to-end tests', 'node', [
    'apps/vscode/scripts/setup-e2e.mjs',
  ]);
}

mkdirSync('.cache', { recursive: true });
const report = '.cache/vitest-report.json';
process.stderr.write('\n▶ tests\n');
const run = spawnSync(
  pnpm,
  [
    'exec',
    'vitest',
    'run',
    '--coverage',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ],
  { stdio: 'inherit' },
);
let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  skipped = r.numPendingTests + r.numTodoTests;
} else {
  failed = 1;
}
if (run.status !== 0 && failed === 0) failed = 1; // e.g. a coverage threshold missed
for (const name of failedChecks) process.stderr.write(`✖ ${name} failed (see above)\n`);
failed += failedChecks.length;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
