import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The folder of a workspace package (by its name, through this package's dependencies). */
export function packageRoot(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/**
 * The path of a built file of a workspace package, built first with the package's own build
 * script when missing or when `rebuild` (after `before`, e.g. the notes' browser assets the CLI
 * copies). `pnpm bench` has turbo build them already; this is for the smoke test and direct runs.
 */
export function builtFile(
  name: string,
  relative: string,
  rebuild: boolean,
  before: readonly [string, string][] = [],
  script = 'build',
): string {
  const file = join(packageRoot(name), relative);
  if (rebuild || !existsSync(file)) {
    for (const [dep, depFile] of before) builtFile(dep, depFile, false);
    const why = rebuild ? 'rebuild' : 'missing';
    process.stderr.write(`  ${name}: pnpm run ${script} (${relative} ${why})\n`);
    execFileSync('pnpm', ['run', script], {
      cwd: packageRoot(name),
      stdio: ['ignore', process.stderr, 'inherit'],
    });
    if (!existsSync(file)) throw new Error(`${name}: ${relative} still missing after its build`);
  }
  return file;
}
