import { clampMag, plottable } from '../data/points.js';
import type { Annotation } from '../spec/common.js';
import { el, text, textWidth } from './el.js';
import type { PlotRect } from './layout.js';
import { sampleRect } from './legend.js';
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

/**
 * Pixel points covered by annotation labels, densely (a legend over a label hides it, while a legend
 * over part of a dashed reference line does little harm), so a legend can avoid them.
 */
export function annotationAnchors(
  list: readonly Annotation[],
  x: NumericAxis,
  y: NumericAxis,
  r: PlotRect,
): [number, number][] {
  const out: [number, number][] = [];
  const box = (left: number, baseline: number, label: string, anchorEnd = false) => {
    const w = textWidth(label, 11);
    const l = anchorEnd ? left - w : left;
    out.push(...sampleRect(l, baseline - 11, l + w, baseline + 2, 3));
  };
  for (const a of list) {
    if (a.kind === 'vline') {
      if (!a.label || !plottable(a.x, x.kind)) continue;
      const px = x.scale(clampMag(a.x));
      const right = px + 4 + textWidth(a.label, 11) <= r.right + 8;
      box(right ? px + 4 : px - 4, r.top + 12, a.label, !right);
    } else if (a.kind === 'hline') {
      if (a.label && plottable(a.y, y.kind)) box(r.left + 4, y.scale(clampMag(a.y)) - 4, a.label);
    } else if (plottable(a.x, x.kind) && plottable(a.y, y.kind)) {
      box(x.scale(clampMag(a.x)), y.scale(clampMag(a.y)), a.text);
    }
  }
  return out;
}
