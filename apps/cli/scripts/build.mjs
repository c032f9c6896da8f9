// Bundles the CLI into one ESM file with a shebang: dist/dl8.js. Workspace packages are
// bundled from their TypeScript sources; @resvg/resvg-js (native) stays an npm dependency.
import { chmodSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

await build({
  entryPoints: [join(root, 'src/bin.ts')],
  outfile: join(dist, 'dl8.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'external',
  conditions: ['@dl8/source'],
  external: ['@resvg/resvg-js'],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __dl8CreateRequire } from 'node:module';\nconst require = __dl8CreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
chmodSync(join(dist, 'dl8.js'), 0o755);

// The notes' browser assets (hydration script, worker, KaTeX css and fonts) ship beside the
// bundle, for `dl8 export` and `dl8 tour`.
const browser = join(root, '../../packages/notes/dist/browser');
if (!existsSync(browser)) {
  throw new Error(`missing ${browser}: build @dl8/notes first (pnpm build runs it before the CLI)`);
}
cpSync(browser, join(dist, 'browser'), { recursive: true });
