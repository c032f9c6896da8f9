import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The notes package directory. */
export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where browser tests keep their pages and screenshots (gitignored). */
export const resultsDir = join(packageDir, 'test-results');

/**
 * Runs scripts/build-browser.mjs into test-results/assets-<name> (so tests never depend on a
 * previous build, and test files running in parallel never overwrite each other's bundles).
 */
export function buildBrowserAssets(name: string): string {
  const dir = join(resultsDir, `assets-${name}`);
  const script = join(packageDir, 'scripts', 'build-browser.mjs');
  execFileSync(process.execPath, [script, '--out', dir], { stdio: 'pipe' });
  for (const file of ['hydrate.js', 'worker.js', 'notes.css', 'katex/katex.min.css']) {
    if (!existsSync(join(dir, file))) throw new Error(`build-browser.mjs did not produce ${file}`);
  }
  return dir;
}
