import type { LegendPosition } from '../spec/common.js';
import { el, text, textWidth } from './el.js';
import type { PlotRect } from './layout.js';
import { BG } from './theme.js';

/** One legend row: a swatch drawn in `color` and the series name. */
export interface LegendEntry {
  name: string;
  color: string;
  swatch: 'line' | 'box' | 'outline';
  dash?: string;
}

/** A boxed legend in a corner of the plot; nothing when hidden or with fewer than two entries. */
export function drawLegend(
  entries: LegendEntry[],
  r: PlotRect,
  pos: LegendPosition | undefined,
): string {
  const where = pos ?? (entries.length >= 2 ? 'top-right' : 'none');
  if (where === 'none' || entries.length === 0) return '';
  const row = 16;
  const w = Math.min(
    r.right - r.left - 8,
    42 + Math.max(...entries.map((e) => textWidth(e.name, 11))),
  );
  const h = entries.length * row + 8;
  const x = where.endsWith('left') ? r.left + 8 : r.right - 8 - w;
  const y = where.startsWith('top') ? r.top + 8 : r.bottom - 8 - h;
  let out = el('rect', {
    x,
    y,
    width: w,
    height: h,
    rx: 3,
    style: `fill:${BG}`,
    'fill-opacity': '0.9',
    stroke: 'currentColor',
    'stroke-opacity': '0.25',
  });
  for (const [i, e] of entries.entries()) {
    const cy = y + 4 + row * i + row / 2;
    if (e.swatch === 'line') {
      out += el('line', {
        x1: x + 6,
        x2: x + 24,
        y1: cy,
        y2: cy,
        style: `stroke:${e.color}`,
        'stroke-width': 2.5,
        'stroke-dasharray': e.dash,
      });
    } else {
      out += el('rect', {
        x: x + 8,
        y: cy - 5,
        width: 14,
        height: 10,
        style: `fill:${e.color};stroke:${e.color}`,
        'fill-opacity': e.swatch === 'outline' ? '0.15' : '0.6',
      });
    }
    // Names that do not fit the box (small multiples) are shortened with an ellipsis.
    out += text({ x: x + 30, y: cy + 4 }, fit(e.name, Math.floor((w - 36) / (11 * 0.62))));
  }
  return el('g', { class: 'dl8-legend' }, out);
}

function fit(s: string, n: number): string {
  const cps = [...s];
  return cps.length <= n ? s : `${cps.slice(0, Math.max(1, n - 1)).join('')}…`;
}
