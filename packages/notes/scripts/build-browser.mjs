// Builds the browser assets into dist/browser/:
//   hydrate.js          IIFE, exposes DL8Notes.hydrate; auto-hydrates pages marked data-dl8-hydrate="auto"
//   worker.js           IIFE, the Web Worker that runs heavy experiments
//   notes.css           the notes' styles
//   katex/katex.min.css KaTeX's styles, each font face reduced to its woff2 file
//   katex/fonts/*.woff2
// Bundles from TypeScript sources (the @dl8/source condition), so no other package has to be built first.
// `--out <dir>` writes elsewhere (the browser tests build into their own folders, side by side).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const out = outFlag > 0 ? resolve(process.argv[outFlag + 1]) : join(root, 'dist', 'browser');
const require = createRequire(join(root, 'package.json'));

const common = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022'],
  conditions: ['@dl8/source'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'katex', 'fonts'), { recursive: true });

await esbuild.build({
  ...common,
  entryPoints: ['src/hydrate/browserEntry.ts'],
  outfile: join(out, 'hydrate.js'),
});
await esbuild.build({
  ...common,
  entryPoints: ['src/hydrate/worker.ts'],
  outfile: join(out, 'worker.js'),
});
copyFileSync(join(root, 'src', 'styles', 'notes.css'), join(out, 'notes.css'));

// The CSS rewrite is the package's own TypeScript function, bundled on the fly.
const helper = await esbuild.build({
  entryPoints: ['src/standalone/katexCssWithFonts.ts'],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  absWorkingDir: root,
});
const { katexCssWithFonts, katexFontFiles } = await import(
  `data:text/javascript;base64,${Buffer.from(helper.outputFiles[0].text).toString('base64')}`
);
const katexDist = join(dirname(require.resolve('katex/package.json')), 'dist');
const katexCss = readFileSync(join(katexDist, 'katex.min.css'), 'utf8');
writeFileSync(
  join(out, 'katex', 'katex.min.css'),
  katexCssWithFonts(katexCss, (file) => `fonts/${file}`),
);
const fonts = katexFontFiles(katexCss);
for (const file of fonts)
  copyFileSync(join(katexDist, 'fonts', file), join(out, 'katex', 'fonts', file));

console.log(
  `built ${out}: hydrate.js, worker.js, notes.css, katex/katex.min.css, ${fonts.length} woff2 fonts`,
);
