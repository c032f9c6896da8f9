import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/vscode */
export const appRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The monorepo root. */
export const repoRoot = join(appRoot, '..', '..');
const manifest = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
/** The packaged extension written by scripts/package.mjs. */
export const vsixPath = join(appRoot, `${manifest.name}-${manifest.version}.vsix`);
/** Screenshots and logs the tests leave for a person to look at (gitignored). */
export const resultsDir = join(appRoot, 'test-results');
