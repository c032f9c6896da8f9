import { clampMag, plottable } from '../data/points.js';
import type { Annotation } from '../spec/common.js';
import { el, text, textWidth } from './el.js';
import type { PlotRect } from './layout.js';
import type { NumericAxis } from './scale.js';
import { HALO } from './theme.js';

/** Dashed reference lines and text labels in data coordinates; ones that cannot be placed are skipped. */
export function annotations(
  list: readonly Annotation[],
  x: NumericAxis,
  y: NumericAxis,
  r: PlotRect,
): string {
  let out = '';
  for (const a of list) {
    if (a.kind === 'vline') {
      if (!plottable(a.x, x.kind)) continue;
      const px = x.scale(clampMag(a.x));
      out += el('line', {
        x1: px,
        x2: px,
        y1: r.top,
        y2: r.bottom,
        stroke: 'currentColor',
        'stroke-opacity': '0.7',
        'stroke-dasharray': '4 3',
      });
      // A label that would run past the plot's right edge goes on the line's left instead.
      if (a.label) {
        const right = px + 4 + textWidth(a.label, 11) <= r.right + 8;
        out += right
          ? text({ x: px + 4, y: r.top + 12, style: HALO }, a.label)
          : text({ x: px - 4, y: r.top + 12, 'text-anchor': 'end', style: HALO }, a.label);
      }
    } else if (a.kind === 'hline') {
      if (!plottable(a.y, y.kind)) continue;
      const py = y.scale(clampMag(a.y));
      out += el('line', {
        x1: r.left,
        x2: r.right,
        y1: py,
        y2: py,
        stroke: 'currentColor',
        'stroke-opacity': '0.7',
        'stroke-dasharray': '4 3',
      });
      if (a.label) out += text({ x: r.left + 4, y: py - 4, style: HALO }, a.label);
    } else {
      if (!plottable(a.x, x.kind) || !plottable(a.y, y.kind)) continue;
      out += text({ x: x.scale(clampMag(a.x)), y: y.scale(clampMag(a.y)), style: HALO }, a.text);
    }
  }
  return out;
}

/** Pixel points covered by annotation labels (and vertical lines), so a legend can avoid them. */
export function annotationAnchors(
  list: readonly Annotation[],
  x: NumericAxis,
  y: NumericAxis,
  r: PlotRect,
): [number, number][] {
  const out: [number, number][] = [];
  for (const a of list) {
    if (a.kind === 'vline') {
      if (!plottable(a.x, x.kind)) continue;
      const px = x.scale(clampMag(a.x));
      for (let py = r.top; py <= r.bottom; py += 6) out.push([px, py]);
      if (a.label) out.push([px + 4 + a.label.length * 6.8, r.top + 8]);
    } else if (a.kind === 'hline') {
      if (a.label && plottable(a.y, y.kind)) {
        const py = y.scale(clampMag(a.y));
        out.push([r.left + 4, py - 8], [r.left + 4 + a.label.length * 6.8, py - 8]);
      }
    } else if (plottable(a.x, x.kind) && plottable(a.y, y.kind)) {
      out.push([x.scale(clampMag(a.x)), y.scale(clampMag(a.y))]);
    }
  }
  return out;
}
