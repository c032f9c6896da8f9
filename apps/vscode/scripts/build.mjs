// Builds the extension: the host bundle (Node, CommonJS) and the lazily loaded export bundle
// into dist/ with the catalog; the webview bundles (browser, IIFE) with their CSS, and the
// notes' styles with KaTeX's CSS + woff2 fonts, into media/.
// `node scripts/build.mjs [--dev]` (--dev: no minification).
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const require = createRequire(join(root, 'package.json'));

// Our workspace packages are bundled from their TypeScript sources, so nothing has to be
// built before the extension.
const common = {
  bundle: true,
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  conditions: ['@dl8/source'],
  logLevel: 'warning',
  legalComments: 'none',
};

export async function build() {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  rmSync(join(root, 'media'), { recursive: true, force: true });
  const host = esbuild.build({
    ...common,
    entryPoints: {
      extension: join(root, 'src/host/extension.ts'),
      // Loaded by the host on first export only (it carries the whole renderer).
      exporter: join(root, 'src/export/exporterMain.ts'),
    },
    outdir: join(root, 'dist'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    // @dl8/notes/node finds its default assets through import.meta.url; the exporter always
    // passes media/notes instead, so that empty value is never read.
    logOverride: { 'empty-import-meta': 'silent' },
    metafile: true,
  });
  const webview = esbuild.build({
    ...common,
    entryPoints: [
      { in: join(root, 'src/webview/main.ts'), out: 'webview' },
      { in: join(root, 'src/webview/webview.css'), out: 'webview' },
      { in: join(root, 'src/webview/preview.ts'), out: 'preview' },
      { in: join(root, 'src/webview/preview.css'), out: 'preview' },
    ],
    outdir: join(root, 'media'),
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    metafile: true,
  });
  const results = await Promise.all([host, webview, writeCatalog()]);
  copyNotesAssets();
  copyFileSync(join(root, 'assets', 'dl8.svg'), join(root, 'media', 'dl8.svg'));
  return results;
}

/**
 * dist/catalog.json: the sections and experiments the host lists (quick picks, tree view,
 * insert block), taken from the real chapter and registry at build time so the host never
 * loads them.
 */
async function writeCatalog() {
  const script = join(root, '.cache', 'catalog-main.cjs');
  await esbuild.build({
    ...common,
    minify: false,
    entryPoints: [join(root, 'src/build/catalogMain.ts')],
    outfile: script,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  });
  const json = execFileSync(process.execPath, [script], { encoding: 'utf8' });
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(
    join(root, 'dist', 'catalog.json'),
    `${JSON.stringify(JSON.parse(json), null, 2)}\n`,
  );
}

/**
 * The notes' browser assets (@dl8/notes/browser/*: notes.css, KaTeX's CSS with its woff2
 * fonts, hydrate.js and worker.js) into media/notes: the panels' styles, and what the
 * standalone export inlines. Built with the notes package when missing.
 */
function copyNotesAssets() {
  let from;
  try {
    from = dirname(require.resolve('@dl8/notes/browser/notes.css'));
  } catch {
    execFileSync('pnpm', ['--filter', '@dl8/notes', 'run', 'build'], {
      cwd: root,
      stdio: 'inherit',
    });
    from = dirname(require.resolve('@dl8/notes/browser/notes.css'));
  }
  cpSync(from, join(root, 'media', 'notes'), { recursive: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  await build();
  const size = (p) => `${(statSync(join(root, p)).size / 1024).toFixed(1)} KB`;
  console.log(
    `built in ${Date.now() - started} ms: dist/extension.js ${size('dist/extension.js')}, media/webview.js ${size('media/webview.js')}`,
  );
}
