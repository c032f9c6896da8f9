import { escapeHtml } from '../escapeHtml.js';
import type { TocEntry } from '../markdown/renderEnv.js';
import { cspHash } from './base64.js';
import { inlineScript } from './inlineScript.js';

/** Everything a self-contained page is made of; the node helper reads these from dist/browser. */
export interface StandalonePageInput {
  title: string;
  /** Rendered notes (renderMarkdown / renderChapter output). */
  bodyHtml: string;
  /** Headings for the contents sidebar (levels 1 to 3 are listed); none: no sidebar. */
  toc?: readonly TocEntry[];
  /** KaTeX's CSS with its woff2 fonts as data: URLs (see katexCssWithFonts). */
  katexCss: string;
  /** The notes' own stylesheet (dist/browser/notes.css). */
  notesCss: string;
  /** The hydration bundle (dist/browser/hydrate.js); without it the page is static. */
  hydrateScript?: string;
  /** The experiment worker bundle (dist/browser/worker.js), started from a Blob URL. */
  workerScript?: string;
  /** Page language (default "en"). */
  lang?: string;
}

function tocHtml(toc: readonly TocEntry[]): string {
  const items = toc
    .filter((e) => e.level <= 3)
    // e.html is the renderer's own output for the heading: escaped text and KaTeX markup.
    .map((e) => `<li class="dl8-toc-${e.level}"><a href="#${escapeHtml(e.id)}">${e.html}</a></li>`)
    .join('\n');
  return `<nav class="dl8-toc" aria-label="Contents"><h2 class="dl8-toc-title">Contents</h2><ol>\n${items}\n</ol></nav>`;
}

/**
 * One HTML file that works from file:// with the network off: styles, KaTeX fonts (data:
 * woff2), the hydration script and the worker inlined. Its Content-Security-Policy allows
 * exactly those inline blocks (by SHA-256 hash), workers from blob: URLs, fonts and images
 * from data:/blob:, and nothing remote. Pure: no file system, no clock, no randomness.
 */
export function standalonePage(input: StandalonePageInput): string {
  const style = `\n${input.katexCss}\n${input.notesCss}\n`;
  const script = input.hydrateScript === undefined ? undefined : inlineScript(input.hydrateScript);
  const worker = input.workerScript === undefined ? undefined : inlineScript(input.workerScript);
  const csp = [
    "default-src 'none'",
    `script-src ${script === undefined ? "'none'" : cspHash(script)}`,
    `worker-src ${worker === undefined ? "'none'" : 'blob:'}`,
    `style-src ${cspHash(style)}`,
    "style-src-attr 'unsafe-inline'",
    'font-src data:',
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const toc = input.toc && input.toc.length > 0 ? tocHtml(input.toc) : '';
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(input.lang ?? 'en')}"${script === undefined ? '' : ' data-dl8-hydrate="auto"'}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(input.title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    `<body class="dl8-page${toc ? ' dl8-has-toc' : ''}">`,
    '<a class="dl8-skip" href="#dl8-main">Skip to the notes</a>',
    toc,
    `<main id="dl8-main" class="dl8-notes">\n${input.bodyHtml}\n</main>`,
    worker === undefined
      ? ''
      : `<script type="text/plain" id="dl8-worker-source">${worker}</script>`,
    script === undefined ? '' : `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
