import { join } from 'node:path';
import { bundleRow } from '../harness/bundleSize.js';
import { runFamily } from '../harness/family.js';
import { builtFile, packageRoot } from '../harness/packages.js';
import { activationBench } from './extension/activationBench.js';
import { webviewBenches } from './extension/webviewBenches.js';

// One process for the extension and the browser side: bundle sizes, then the notes page
// (the hydration the webview runs) in headless Chromium.
await runFamily('extension', async (ctx) => {
  const rebuild = process.argv.includes('--rebuild');
  const host = () => builtFile('dl8-vscode', 'dist/extension.js', rebuild);
  const vscode = () => {
    host(); // builds the extension (dist/ and media/) when missing
    return packageRoot('dl8-vscode');
  };
  const notes = () => join(builtFile('@dl8/notes', 'dist/browser/hydrate.js', false), '..');
  await ctx.bench('bundle.extension-host', () =>
    bundleRow('extension', 'bundle.extension-host', 'extension host dist/extension.js', host(), [
      { label: '<= 150 KB', of: 'value', op: '<=', value: 150_000 },
    ]),
  );
  await ctx.bench('bundle.extension-exporter', () =>
    bundleRow(
      'extension',
      'bundle.extension-exporter',
      'extension exporter dist/exporter.js (lazy)',
      join(vscode(), 'dist', 'exporter.js'),
      [],
      ['loaded on the first export only'],
    ),
  );
  await ctx.bench('bundle.webview', () =>
    bundleRow(
      'extension',
      'bundle.webview',
      'webview media/webview.js',
      join(vscode(), 'media', 'webview.js'),
    ),
  );
  await ctx.bench('bundle.notes-hydrate', () =>
    bundleRow(
      'extension',
      'bundle.notes-hydrate',
      'notes dist/browser/hydrate.js',
      join(notes(), 'hydrate.js'),
    ),
  );
  await webviewBenches(ctx);
  await activationBench(ctx, rebuild);
});
