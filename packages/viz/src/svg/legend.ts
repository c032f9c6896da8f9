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

/**
 * A boxed legend in a corner of the plot; nothing when hidden or with fewer than `minEntries` (2).
 * Without an explicit position it takes the first corner (top-right, top-left, bottom-right,
 * bottom-left, then half-way down the right and left sides) that covers none of the `avoid` pixels
 * (the drawn data and annotation labels), else the one covering fewest.
 */
export function drawLegend(
  entries: LegendEntry[],
  r: PlotRect,
  pos: LegendPosition | undefined,
  avoid: readonly (readonly [number, number])[] = [],
  minEntries = 2,
): string {
  if (pos === 'none' || entries.length === 0 || (!pos && entries.length < minEntries)) return '';
  const row = 16;
  const w = Math.min(
    r.right - r.left - 8,
    42 + Math.max(...entries.map((e) => textWidth(e.name, 11))),
  );
  const h = entries.length * row + 8;
  const where = pos ?? leastCoveredCorner(r, w, h, avoid);
  const { x, y } = place(where, r, w, h);
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

/** The corners in order of preference, then half-way down either side (not a public position). */
const CORNERS = [
  'top-right',
  'top-left',
  'bottom-right',
  'bottom-left',
  'middle-right',
  'middle-left',
] as const;
type Place = Exclude<LegendPosition, 'none'> | (typeof CORNERS)[number];

function place(where: Place, r: PlotRect, w: number, h: number): { x: number; y: number } {
  const x = where.endsWith('left') ? r.left + 8 : r.right - 8 - w;
  const y = where.startsWith('top')
    ? r.top + 8
    : where.startsWith('bottom')
      ? r.bottom - 8 - h
      : (r.top + r.bottom - h) / 2;
  return { x, y };
}

function leastCoveredCorner(
  r: PlotRect,
  w: number,
  h: number,
  avoid: readonly (readonly [number, number])[],
): (typeof CORNERS)[number] {
  let best: (typeof CORNERS)[number] = 'top-right';
  let fewest = Number.POSITIVE_INFINITY;
  for (const c of CORNERS) {
    const { x, y } = place(c, r, w, h);
    // A few pixels of margin: a line just grazing the box still reads as covered.
    let n = 0;
    for (const [px, py] of avoid) {
      if (px >= x - 3 && px <= x + w + 3 && py >= y - 3 && py <= y + h + 3) n++;
    }
    if (n < fewest) {
      fewest = n;
      best = c;
      if (n === 0) break;
    }
  }
  return best;
}

/** Points every `step` pixels along each polyline, for `drawLegend`'s `avoid`. */
export function sampleRuns(
  runs: readonly (readonly (readonly [number, number])[])[],
  step = 4,
): [number, number][] {
  const out: [number, number][] = [];
  for (const run of runs) {
    for (const [i, p] of run.entries()) {
      out.push([p[0], p[1]]);
      const q = run[i + 1];
      if (!q) continue;
      const n = Math.min(200, Math.floor(Math.hypot(q[0] - p[0], q[1] - p[1]) / step));
      for (let k = 1; k < n; k++) {
        out.push([p[0] + ((q[0] - p[0]) * k) / n, p[1] + ((q[1] - p[1]) * k) / n]);
      }
    }
  }
  return out;
}

/** Points on a grid of `step` pixels covering a rectangle (a bar), for `drawLegend`'s `avoid`. */
export function sampleRect(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  step = 6,
): [number, number][] {
  const out: [number, number][] = [];
  if (![x0, y0, x1, y1].every(Number.isFinite)) return out;
  const [l, r] = x0 <= x1 ? [x0, x1] : [x1, x0];
  const [t, b] = y0 <= y1 ? [y0, y1] : [y1, y0];
  // At most about 40 x 40 points however large the rectangle.
  const sx = Math.max(step, (r - l) / 40);
  const sy = Math.max(step, (b - t) / 40);
  for (let x = l; x < r + sx; x += sx) {
    const px = Math.min(x, r);
    for (let y = t; y < b; y += sy) out.push([px, y]);
    out.push([px, b]);
  }
  return out;
}

function fit(s: string, n: number): string {
  const cps = [...s];
  return cps.length <= n ? s : `${cps.slice(0, Math.max(1, n - 1)).join('')}…`;
}
