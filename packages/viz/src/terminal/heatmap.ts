import { label } from '../data/label.js';
import { extentOf } from '../data/points.js';
import type { HeatmapChart } from '../spec/heatmap.js';
import { ramp } from '../svg/color.js';
import { DIVERGING, VIRIDIS } from '../svg/theme.js';
import { ansiFromHex, bold, paint } from './ansi.js';
import { clip } from './frame.js';
import type { TerminalContext } from './options.js';

/** Five symbols from low to high for when neither colour nor numbers fit. */
const SYMBOLS = ['=', '-', '·', '+', '#'];

/** A matrix as a table of numbers on coloured backgrounds (colour on), or numbers / symbols (colour off). */
export function heatmapTerminal(spec: HeatmapChart, ctx: TerminalContext): string[] {
  const rows = spec.values.length;
  const cols = spec.values[0]?.length ?? 0;
  const rowLabels = spec.rowLabels ?? spec.values.map((_, i) => String(i));
  const colLabels = spec.columnLabels ?? Array.from({ length: cols }, (_, i) => String(i));
  const ext = extentOf(spec.values.flat()) ?? [0, 0];
  const diverging = (spec.scale ?? 'diverging') === 'diverging';
  const center = Number.isFinite(spec.center) ? Math.max(-1e300, Math.min(1e300, spec.center!)) : 0;
  const span = Math.max(Math.abs(ext[0] - center), Math.abs(ext[1] - center)) || 1;
  const [lo, hi] = diverging
    ? [center - span, center + span]
    : ext[1] > ext[0]
      ? ext
      : [ext[0] - 1, ext[0] + 1];
  const t = (v: number) => (v - lo) / (hi - lo);
  const color = ramp(diverging ? DIVERGING : VIRIDIS);
  const lw = Math.max(...rowLabels.map((s) => s.length), 1);
  const numW =
    Math.max(...spec.values.flat().map((v) => label(v).length), ...colLabels.map((c) => c.length)) +
    1;
  const fits = lw + 1 + cols * numW <= ctx.width;
  const cw = fits ? numW : Math.max(1, Math.floor((ctx.width - lw - 1) / Math.max(1, cols)));
  const out = [bold(clip(spec.title, ctx.width), ctx.color)];
  if (spec.xLabel) out.push(`${' '.repeat(lw + 1)}${spec.xLabel} →`);
  out.push(`${' '.repeat(lw + 1)}${colLabels.map((c) => c.slice(0, cw).padStart(cw)).join('')}`);
  for (let i = 0; i < rows; i++) {
    let line = `${(rowLabels[i] ?? '').padStart(lw)} `;
    for (let j = 0; j < cols; j++) {
      const v = spec.values[i]![j]!;
      if (!Number.isFinite(v)) {
        line += (fits ? 'n/a' : '?').padStart(cw);
        continue;
      }
      const cell = fits
        ? label(v).padStart(cw)
        : (ctx.color ? ' ' : SYMBOLS[Math.min(4, Math.floor(t(v) * 5))]!).repeat(cw);
      const bg = ansiFromHex(color(t(v)));
      // Light cells get dark text and dark cells light text.
      line += ctx.color
        ? paint(cell, Math.abs(t(v) - 0.5) < 0.3 || (!diverging && t(v) > 0.6) ? 16 : 231, true, bg)
        : cell;
    }
    out.push(line);
  }
  if (spec.yLabel) out.push(`rows: ${spec.yLabel}`);
  const legend = diverging
    ? `${spec.valueLabel ?? 'value'}: ${ctx.color ? 'blue' : fits ? '' : SYMBOLS.join(' ')} ${label(lo)} … ${label(center)} … ${label(hi)}${ctx.color ? ' red' : ''}`
    : `${spec.valueLabel ?? 'value'}: ${label(lo)} … ${label(hi)}${ctx.color ? ' (dark to yellow)' : fits ? '' : ` (${SYMBOLS.join(' ')})`}`;
  out.push(legend.replace(/ {2,}/g, ' '));
  return out;
}
