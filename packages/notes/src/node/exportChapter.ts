// Node-only: renders notes and writes them as one self-contained HTML file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RenderIssue, RenderOptions } from '../markdown/renderEnv.js';
import { renderChapter } from '../renderChapter.js';
import { renderMarkdown } from '../renderMarkdown.js';
import { standalonePage } from '../standalone/standalonePage.js';
import { readBrowserAssets } from './readBrowserAssets.js';

/** Options of exportChapter. */
export interface ExportOptions extends RenderOptions {
  /** Directory to write into (created if missing). */
  outDir: string;
  /** File name inside outDir (default "index.html"). */
  fileName?: string;
  /** Page title (default: the chapter's title, or "Notes" for markdown). */
  title?: string;
  /** Markdown to export instead of the built-in chapter (e.g. the user's own notes). */
  markdown?: string;
  /** Where the built browser assets are (default: this package's dist/browser). */
  assetsDir?: string;
}

/** What was written, and what the renderer could not render as written. */
export interface ExportResult {
  file: string;
  bytes: number;
  errors: RenderIssue[];
}

/**
 * Renders the chapter (or `markdown`) with pre-drawn experiment figures and writes one HTML
 * file that works from file:// with the network blocked: KaTeX fonts, styles, the hydration
 * script and the worker are all inside it.
 */
export async function exportChapter(options: ExportOptions): Promise<ExportResult> {
  const assets = readBrowserAssets(options.assetsDir);
  const rendered =
    options.markdown === undefined
      ? await renderChapter(options)
      : await renderMarkdown(options.markdown, options);
  const title =
    options.title ??
    (options.markdown === undefined
      ? 'Deep Learning 8.7: Optimization strategies and meta-algorithms'
      : 'Notes');
  const html = standalonePage({ title, bodyHtml: rendered.html, toc: rendered.toc, ...assets });
  const dir = resolve(options.outDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, options.fileName ?? 'index.html');
  writeFileSync(file, html);
  return { file, bytes: Buffer.byteLength(html), errors: rendered.errors };
}
