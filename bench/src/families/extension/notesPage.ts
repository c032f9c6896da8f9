import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportChapter } from '@dl8/notes/node';
import { builtFile } from '../../harness/packages.js';

/**
 * Exports the whole chapter as the standalone notes page (pre-drawn figures, inlined KaTeX,
 * hydration script and worker: the same @dl8/notes hydration the webview runs) and returns its
 * file:// URL and size.
 */
export async function exportNotesPage(): Promise<{ url: string; bytes: number }> {
  const hydrate = builtFile('@dl8/notes', 'dist/browser/hydrate.js', false);
  const outDir = mkdtempSync(join(tmpdir(), 'dl8-bench-page-'));
  const result = await exportChapter({ outDir, assetsDir: join(hydrate, '..') });
  if (result.errors.length > 0) {
    throw new Error(`exportChapter reported ${result.errors.length} render issue(s)`);
  }
  return { url: pathToFileURL(result.file).href, bytes: result.bytes };
}
