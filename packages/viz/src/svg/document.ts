import { esc, fmt } from '../data/fmt.js';
import { el } from './el.js';
import { BG, FG, FONT } from './theme.js';

/** Wraps chart content in a standalone, accessible SVG document with a themed background. */
export function svgDocument(opts: {
  width: number;
  height: number;
  id: string;
  title: string;
  desc: string;
  body: string;
  x?: number;
  y?: number;
}): string {
  const { width, height, id } = opts;
  const head =
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" id="${esc(id)}"` +
    (opts.x !== undefined ? ` x="${fmt(opts.x)}" y="${fmt(opts.y ?? 0)}"` : '') +
    ` width="${fmt(width)}" height="${fmt(height)}" viewBox="0 0 ${fmt(width)} ${fmt(height)}"` +
    ` aria-labelledby="${esc(id)}-title ${esc(id)}-desc"` +
    ` style="color:${FG};font-family:${FONT};font-size:11px" fill="currentColor">`;
  return (
    head +
    `<title id="${esc(id)}-title">${esc(opts.title)}</title>` +
    `<desc id="${esc(id)}-desc">${esc(opts.desc)}</desc>` +
    el('rect', { width, height, style: `fill:${BG}` }) +
    opts.body +
    '</svg>'
  );
}
