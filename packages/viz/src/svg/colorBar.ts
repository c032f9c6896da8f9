import { label } from '../data/label.js';
import { el, text } from './el.js';
import type { PlotRect } from './layout.js';

/** A vertical colour key right of the plot: one swatch per band between successive thresholds. */
export function colorBar(
  r: PlotRect,
  thresholds: readonly number[],
  lo: number,
  hi: number,
  color: (v: number) => string,
  title: string | undefined,
): string {
  const edges = [lo, ...thresholds.filter((t) => t > lo && t < hi), hi];
  // A minimum that is 0 up to rounding (1e-33 on a surface reaching 12) is labelled 0.
  const tiny = 1e-12 * Math.max(Math.abs(lo), Math.abs(hi));
  const keyLabel = (v: number) => (Math.abs(v) < tiny ? '0' : label(v));
  const x = r.right + 12;
  const w = 12;
  const h = r.bottom - r.top;
  const n = Math.max(1, edges.length - 1);
  let out = '';
  if (title) out += text({ x, y: r.top - 8, 'font-size': '11' }, title);
  const step = Math.ceil((n + 1) / Math.max(2, Math.floor(h / 18)));
  for (let i = 0; i < n; i++) {
    const y0 = r.bottom - (h * (i + 1)) / n;
    out += el('rect', { x, y: y0, width: w, height: h / n, fill: color(edges[i]!) });
  }
  for (let i = 0; i <= n; i += step) {
    const y = r.bottom - (h * i) / n;
    out += text(
      { x: x + w + 4, y: y + 4, 'font-size': '10', 'fill-opacity': '0.85' },
      keyLabel(edges[i]!),
    );
  }
  out += el('rect', {
    x,
    y: r.top,
    width: w,
    height: h,
    fill: 'none',
    stroke: 'currentColor',
    'stroke-opacity': '0.4',
  });
  return el('g', { class: 'dl8-colorbar' }, out);
}
