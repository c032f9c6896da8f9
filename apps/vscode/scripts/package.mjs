// Builds and packages the extension as dl8-vscode-<version>.vsix with @vscode/vsce.
// `--no-dependencies`: everything is bundled, and vsce cannot follow pnpm's symlinks.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** Where the packaged extension is written. */
export const vsixPath = join(root, `${name}-${version}.vsix`);

export async function packageVsix() {
  await build();
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const args = [
    vsce,
    'package',
    '--no-dependencies',
    '--allow-missing-repository',
    '--out',
    vsixPath,
  ];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vsce package failed (exit ${result.status})`);
  return vsixPath;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await packageVsix();
}
