import { fmt } from '../data/fmt.js';
import { el, text, textWidth } from './el.js';
import type { PlotRect } from './layout.js';
import type { NumericAxis } from './scale.js';

/** Title, grid lines, axis lines, ticks and axis labels around a plot rectangle. */
export function drawFrame(
  r: PlotRect,
  title: string,
  x: NumericAxis | undefined,
  y: NumericAxis | undefined,
  xLabel: string | undefined,
  yLabel: string | undefined,
): { back: string; front: string } {
  let back = '';
  let front = text({ x: r.left, y: 22, 'font-size': '14', 'font-weight': '600' }, title);
  if (x) {
    let lastRight = Number.NEGATIVE_INFINITY;
    for (const [i, t] of x.ticks.entries()) {
      const px = x.scale(t);
      back += el('line', {
        x1: px,
        x2: px,
        y1: r.top,
        y2: r.bottom,
        stroke: 'currentColor',
        'stroke-opacity': '0.12',
      });
      front += el('line', {
        x1: px,
        x2: px,
        y1: r.bottom,
        y2: r.bottom + 5,
        stroke: 'currentColor',
        'stroke-opacity': '0.6',
      });
      // Leave out a label that would run into the previous one (the tick stays).
      const lab = x.labels[i] ?? '';
      const half = textWidth(lab, 11) / 2;
      if (px - half < lastRight + 4) continue;
      lastRight = px + half;
      front += text(
        { x: px, y: r.bottom + 17, 'text-anchor': 'middle', 'fill-opacity': '0.85' },
        lab,
      );
    }
  }
  if (y) {
    for (const [i, t] of y.ticks.entries()) {
      const py = y.scale(t);
      back += el('line', {
        x1: r.left,
        x2: r.right,
        y1: py,
        y2: py,
        stroke: 'currentColor',
        'stroke-opacity': '0.12',
      });
      front += el('line', {
        x1: r.left - 5,
        x2: r.left,
        y1: py,
        y2: py,
        stroke: 'currentColor',
        'stroke-opacity': '0.6',
      });
      front += text(
        { x: r.left - 8, y: py + 4, 'text-anchor': 'end', 'fill-opacity': '0.85' },
        y.labels[i] ?? '',
      );
    }
  }
  front += el('path', {
    d: `M${fmt(r.left)} ${fmt(r.top)}V${fmt(r.bottom)}H${fmt(r.right)}`,
    fill: 'none',
    stroke: 'currentColor',
    'stroke-opacity': '0.6',
  });
  if (xLabel) {
    front += text(
      { x: (r.left + r.right) / 2, y: r.bottom + 36, 'text-anchor': 'middle', 'font-size': '12' },
      xLabel,
    );
  }
  if (yLabel) {
    const cy = (r.top + r.bottom) / 2;
    front += text(
      {
        x: 14,
        y: cy,
        'text-anchor': 'middle',
        'font-size': '12',
        transform: `rotate(-90 14 ${fmt(cy)})`,
      },
      yLabel,
    );
  }
  return { back, front };
}
