import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The notes package directory. */
export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where browser tests keep their pages and screenshots (gitignored). */
export const resultsDir = join(packageDir, 'test-results');

/** Runs scripts/build-browser.mjs (so tests never depend on a previous build) and returns dist/browser. */
export function buildBrowserAssets(): string {
  execFileSync(process.execPath, [join(packageDir, 'scripts', 'build-browser.mjs')], {
    stdio: 'pipe',
  });
  const dir = join(packageDir, 'dist', 'browser');
  for (const file of ['hydrate.js', 'worker.js', 'notes.css', 'katex/katex.min.css']) {
    if (!existsSync(join(dir, file))) throw new Error(`build-browser.mjs did not produce ${file}`);
  }
  return dir;
}
