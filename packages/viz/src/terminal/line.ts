import { label } from '../data/label.js';
import { linePoints } from '../data/linePoints.js';
import { clampMag, plottable } from '../data/points.js';
import type { LineChart } from '../spec/line.js';
import { numericAxis, safeDomain } from '../svg/scale.js';
import { SERIES_SYMBOLS } from './ansi.js';
import { CellGrid } from './cells.js';
import { frameLines } from './frame.js';
import { ansiSeries, legendLines } from './legend.js';
import type { TerminalContext } from './options.js';

/** A line chart in braille dots: one colour per series, symbols every few columns when colour is off. */
export function lineTerminal(spec: LineChart, ctx: TerminalContext): string[] {
  const { xs, ys, series, ann, xExt, yExt } = linePoints(spec);
  const legend =
    (spec.legend ?? (spec.series.length > 1 ? 'top-right' : 'none')) === 'none'
      ? []
      : legendLines(
          spec.series.map((s) => s.name),
          ctx.width,
          ctx.color,
          (i) => spec.series[i]!.colorIndex ?? i,
        );
  const extra = 4 + (spec.xAxis?.label ? 1 : 0) + (spec.yAxis?.label ? 1 : 0) + legend.length;
  const rows = Math.max(3, ctx.height - extra);
  const y = numericAxis(
    spec.yAxis?.domain ?? safeDomain(yExt, ys),
    [rows * 4 - 1, 0],
    ys,
    Math.max(2, Math.floor(rows / 3)),
    !!spec.yAxis?.domain,
  );
  const gutter = Math.max(6, ...y.labels.map((l) => l.length + 2));
  const cols = Math.max(8, ctx.width - gutter - 1);
  const x = numericAxis(
    spec.xAxis?.domain ?? safeDomain(xExt, xs),
    [0, cols * 2 - 1],
    xs,
    Math.max(2, Math.floor(cols / 10)),
    !!spec.xAxis?.domain,
  );
  const g = new CellGrid(cols, rows);
  for (const a of ann) {
    if (a.kind === 'vline' && plottable(a.x, xs)) {
      const c = Math.round(x.scale(clampMag(a.x)) / 2 - 0.5);
      for (let r = 0; r < rows; r++) g.put(c, r, '┊');
    } else if (a.kind === 'hline' && plottable(a.y, ys)) {
      const r = Math.round(y.scale(clampMag(a.y)) / 4 - 0.5);
      for (let c = 0; c < cols; c++) g.put(c, r, '┄');
    }
  }
  for (const d of series) {
    const fg = ctx.color ? ansiSeries(d.s.colorIndex ?? d.i) : undefined;
    for (const run of d.runs) {
      const px = run.map(([a, b]) => [x.scale(a), y.scale(b)] as [number, number]);
      if (px.length === 1) g.dot(Math.round(px[0]![0]), Math.round(px[0]![1]), fg);
      for (let k = 1; k < px.length; k++)
        g.line(px[k - 1]![0], px[k - 1]![1], px[k]![0], px[k]![1], fg);
    }
  }
  if (!ctx.color && series.length > 1) {
    // Without colour, stamp each series' symbol at spaced points so lines can be told apart.
    for (const d of series) {
      const run = d.runs.flat();
      const stride = Math.max(1, Math.floor(run.length / 6));
      for (let k = Math.floor((stride * d.i) / series.length); k < run.length; k += stride) {
        const [a, b] = run[k]!;
        g.put(
          Math.round(x.scale(a) / 2 - 0.5),
          Math.round(y.scale(b) / 4 - 0.5),
          SERIES_SYMBOLS[d.i % SERIES_SYMBOLS.length]!,
        );
      }
    }
  }
  const notes = ann.flatMap((a) => {
    if (a.kind === 'vline' && a.label && plottable(a.x, xs))
      return [`┊ ${a.label} (x = ${label(a.x)})`];
    if (a.kind === 'hline' && a.label && plottable(a.y, ys))
      return [`┄ ${a.label} (y = ${label(a.y)})`];
    return [];
  });
  return frameLines({
    title: spec.title,
    color: ctx.color,
    plot: g.lines(ctx.color),
    plotWidth: cols,
    gutter,
    x,
    y,
    xLabel: spec.xAxis?.label,
    yLabel: spec.yAxis?.label,
    footer: [...legend, ...(notes.length ? [notes.join('   ')] : [])],
  });
}
