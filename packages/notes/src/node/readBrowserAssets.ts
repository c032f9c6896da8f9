// Node-only: reads the built browser assets (dist/browser) for a self-contained page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { katexCssWithFonts } from '../standalone/katexCssWithFonts.js';

/** The assets standalonePage() inlines, read from dist/browser. */
export interface BrowserAssets {
  /** KaTeX CSS with every woff2 font as a data: URL. */
  katexCss: string;
  notesCss: string;
  hydrateScript: string;
  workerScript: string;
}

/** The package's dist/browser folder (from src/node or dist/node alike). */
export function defaultAssetsDir(): string {
  return fileURLToPath(new URL('../../dist/browser/', import.meta.url));
}

/**
 * Reads hydrate.js, worker.js, notes.css and KaTeX's CSS and fonts from `dir` (default: this
 * package's dist/browser), the fonts turned into data: URLs. Throws naming the missing file and
 * the build command when the assets were not built.
 */
export function readBrowserAssets(dir: string = defaultAssetsDir()): BrowserAssets {
  const read = (...parts: string[]) => {
    const file = join(dir, ...parts);
    if (!existsSync(file)) {
      throw new Error(
        `@dl8/notes: missing browser asset ${file}; build it with \`pnpm --filter @dl8/notes build\``,
      );
    }
    return readFileSync(file);
  };
  const katexCss = katexCssWithFonts(
    read('katex', 'katex.min.css').toString('utf8'),
    (font) => `data:font/woff2;base64,${read('katex', 'fonts', font).toString('base64')}`,
  );
  return {
    katexCss,
    notesCss: read('notes.css').toString('utf8'),
    hydrateScript: read('hydrate.js').toString('utf8'),
    workerScript: read('worker.js').toString('utf8'),
  };
}
