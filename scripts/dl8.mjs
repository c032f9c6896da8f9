// `pnpm dl8 ...` inside the repository: the CLI from its TypeScript sources (no build needed),
// run in the folder pnpm was called from, so relative paths mean what the user meant.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(root, 'node_modules/tsx/dist/esm/index.mjs');
// biome-ignore lint/suspicious/noUndeclaredEnvVars: pnpm's own variable, not a turbo task input
const cwd = process.env.INIT_CWD ?? process.cwd();
const result = spawnSync(
  process.execPath,
  [
    '--conditions=@dl8/source',
    '--import',
    `file://${tsx}`,
    join(root, 'apps/cli/src/bin.ts'),
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', cwd },
);
process.exit(result.status ?? (result.signal === 'SIGINT' ? 130 : 1));
