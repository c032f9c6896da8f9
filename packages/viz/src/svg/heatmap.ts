import { droppedNote, joinDesc } from '../data/describe.js';
import { fmt } from '../data/fmt.js';
import { label } from '../data/label.js';
import { extentOf } from '../data/points.js';
import type { HeatmapChart } from '../spec/heatmap.js';
import { ramp, textOn } from './color.js';
import { colorBar } from './colorBar.js';
import { svgDocument } from './document.js';
import { el, text, textWidth } from './el.js';
import { plotRect, type SvgContext } from './layout.js';
import { DIVERGING, VIRIDIS } from './theme.js';

/** Renders a matrix as coloured cells: diverging around `center` (default) or sequential. */
export function heatmapSvg(spec: HeatmapChart, ctx: SvgContext): string {
  const rows = spec.values.length;
  const cols = spec.values[0]?.length ?? 0;
  const rowLabels = spec.rowLabels ?? spec.values.map((_, i) => String(i));
  const colLabels = spec.columnLabels ?? Array.from({ length: cols }, (_, i) => String(i));
  const leftPad = Math.max(0, Math.max(0, ...rowLabels.map((s) => textWidth(s, 11))) - 30);
  const r = plotRect(ctx, 64, leftPad);
  const ext = extentOf(spec.values.flat()) ?? [0, 0];
  const diverging = (spec.scale ?? 'diverging') === 'diverging';
  const center = Number.isFinite(spec.center) ? Math.max(-1e300, Math.min(1e300, spec.center!)) : 0;
  const span = Math.max(Math.abs(ext[0] - center), Math.abs(ext[1] - center)) || 1;
  const [lo, hi] = diverging
    ? [center - span, center + span]
    : ext[1] > ext[0]
      ? ext
      : [ext[0] - 1, ext[0] + 1];
  const color = ramp(diverging ? DIVERGING : VIRIDIS);
  const col = (v: number) => color((v - lo) / (hi - lo));
  const cw = (r.right - r.left) / Math.max(1, cols);
  const ch = (r.bottom - r.top) / Math.max(1, rows);
  const show = spec.showValues ?? rows * cols <= 100;
  const fontSize = Math.max(8, Math.min(12, ch * 0.45, cw / 4.5));
  let body = text({ x: 12, y: 22, 'font-size': '14', 'font-weight': '600' }, spec.title);
  let bad = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = spec.values[i]![j]!;
      const x = r.left + j * cw;
      const y = r.top + i * ch;
      if (!Number.isFinite(v)) {
        bad++;
        body += el('rect', {
          x,
          y,
          width: cw,
          height: ch,
          fill: 'currentColor',
          'fill-opacity': '0.06',
        });
        continue;
      }
      const fill = col(v);
      // Cells overlap by a hair so anti-aliasing leaves no seams between them.
      body += el('rect', { x, y, width: cw + 0.3, height: ch + 0.3, fill });
      if (show)
        body += text(
          {
            x: x + cw / 2,
            y: y + ch / 2 + fontSize * 0.35,
            'text-anchor': 'middle',
            'font-size': fmtSize(fontSize),
            fill: textOn(fill),
          },
          label(v),
        );
    }
  }
  const rs = Math.max(1, Math.ceil(14 / ch));
  for (let i = 0; i < rows; i += rs)
    body += text(
      { x: r.left - 6, y: r.top + (i + 0.5) * ch + 4, 'text-anchor': 'end' },
      rowLabels[i] ?? '',
    );
  const cs = Math.max(1, Math.ceil((Math.max(...colLabels.map((s) => textWidth(s, 11))) + 6) / cw));
  for (let j = 0; j < cols; j += cs)
    body += text(
      { x: r.left + (j + 0.5) * cw, y: r.bottom + 16, 'text-anchor': 'middle' },
      colLabels[j] ?? '',
    );
  if (spec.xLabel)
    body += text(
      { x: (r.left + r.right) / 2, y: r.bottom + 36, 'text-anchor': 'middle', 'font-size': '12' },
      spec.xLabel,
    );
  if (spec.yLabel)
    body += text(
      {
        x: 14,
        y: (r.top + r.bottom) / 2,
        'text-anchor': 'middle',
        'font-size': '12',
        transform: `rotate(-90 14 ${fmt((r.top + r.bottom) / 2)})`,
      },
      spec.yLabel,
    );
  const ticks = Array.from({ length: 9 }, (_, k) => lo + ((hi - lo) * (k + 1)) / 10);
  body += colorBar(r, ticks, lo, hi, col, spec.valueLabel);
  const summary =
    `Heatmap of ${rows} rows by ${cols} columns, values from ${label(ext[0])} to ${label(ext[1])}, ` +
    `${diverging ? `diverging colours centred on ${label(center)} (blue below, red above)` : 'sequential colours (dark low, yellow high)'}.` +
    droppedNote(bad, 'cells').replace('left out', 'left blank');
  return svgDocument({
    ...ctx,
    title: spec.title,
    desc: joinDesc(spec.description, summary),
    body,
  });
}

function fmtSize(v: number): string {
  return String(Math.round(v * 10) / 10);
}
