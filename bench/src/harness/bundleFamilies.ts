import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

/** Packages the family processes load from node_modules as they are (not bundled). */
const EXTERNAL = new Set([
  '@tensorflow/tfjs-core',
  '@tensorflow/tfjs-backend-cpu',
  '@tensorflow/tfjs-backend-wasm',
  'playwright-core',
  'esbuild',
]);

// Bare package names above stay external; deep imports such as tfjs-core's ESM
// dist/register_all_gradients.js (not loadable by plain Node) are bundled.
const externals: Plugin = {
  name: 'bench-externals',
  setup(b) {
    b.onResolve({ filter: /^[@a-z]/ }, (args) =>
      EXTERNAL.has(args.path) ? { path: args.path, external: true } : undefined,
    );
  },
};

/**
 * Bundles the family entries (bench code and the @dl8 packages from their TypeScript sources)
 * into `outDir` as plain ESM, so each family runs on bare `node`: a TypeScript loader in the
 * measured process compiles CommonJS files with esbuild's synchronous API, which detaches an
 * ArrayBuffer and from then on slows every typed-array loop of the process (V8's
 * ArrayBufferDetaching protector), dl8's and tfjs-cpu's alike.
 */
export async function bundleFamilies(
  benchDir: string,
  outDir: string,
  files: readonly string[],
): Promise<void> {
  await build({
    entryPoints: files.map((f) => join(benchDir, 'src', 'families', `${f}.ts`)),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@dl8/source'],
    plugins: [externals],
    banner: {
      js: "import { createRequire as __benchCreateRequire } from 'node:module';\nconst require = __benchCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
    logOverride: { 'empty-import-meta': 'silent' },
  });
}
