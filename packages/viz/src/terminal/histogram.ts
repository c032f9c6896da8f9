import { binHistogram } from '../data/bins.js';
import type { HistogramChart } from '../spec/histogram.js';
import { numericAxis } from '../svg/scale.js';
import { CellGrid } from './cells.js';
import { frameLines } from './frame.js';
import { ansiSeries, legendLines } from './legend.js';
import type { TerminalContext } from './options.js';

const EIGHTHS = ' ▁▂▃▄▅▆▇█';
/** Body fill per series when colour is off (the first series is solid). */
const FILLS = ['█', '▒', '░', '▓'];

/** Histogram as vertical block columns; each bin's columns are shared out between the series. */
export function histogramTerminal(spec: HistogramChart, ctx: TerminalContext): string[] {
  const { edges, heights } = binHistogram(spec);
  const S = Math.max(1, spec.series.length);
  const glyph = (i: number) => (ctx.color ? '██' : FILLS[i % FILLS.length]!.repeat(2));
  const legend = legendLines(
    spec.series.map((s) => s.name),
    ctx.width,
    ctx.color,
    (i) => spec.series[i]!.colorIndex ?? i,
    glyph,
  );
  const extra = 5 + (spec.xAxis?.label ? 1 : 0) + legend.length;
  const rows = Math.max(3, ctx.height - extra);
  const top = Math.max(0, ...heights.flat());
  const y = numericAxis(
    [0, top > 0 ? top : 1],
    [rows * 4 - 1, 0],
    'linear',
    Math.max(2, Math.floor(rows / 3)),
  );
  const yTop = y.scale.domain()[1]!;
  const gutter = Math.max(6, ...y.labels.map((l) => l.length + 2));
  const avail = Math.max(8, ctx.width - gutter - 1);
  // Merge neighbouring bins when there are not enough columns for one per series per bin.
  const n = edges.length - 1;
  const merge = Math.max(1, Math.ceil((n * S) / avail));
  const groups = Math.ceil(n / merge);
  const per = Math.max(1, Math.floor(avail / (groups * S)));
  const cols = groups * S * per;
  const x = numericAxis(
    [edges[0]!, edges[n]!],
    [0, cols * 2 - 1],
    'linear',
    Math.max(2, Math.floor(cols / 10)),
    true,
  );
  const cells = new CellGrid(cols, rows);
  for (const [si, s] of spec.series.entries()) {
    const fg = ctx.color ? ansiSeries(s.colorIndex ?? si) : undefined;
    for (let gI = 0; gI < groups; gI++) {
      let h = 0;
      for (let b = gI * merge; b < Math.min(n, (gI + 1) * merge); b++) h += heights[si]![b]!;
      if (spec.normalize === 'density') h /= Math.min(merge, n - gI * merge);
      const eighths = Math.round((h / yTop) * rows * 8);
      for (let k = 0; k < per; k++) {
        const c = (gI * S + si) * per + k;
        for (let r = 0; r < rows; r++) {
          const fromBottom = rows - 1 - r;
          const fill = Math.max(0, Math.min(8, eighths - fromBottom * 8));
          if (fill === 0) continue;
          const ch = fill === 8 ? (ctx.color ? '█' : FILLS[si % FILLS.length]!) : EIGHTHS[fill]!;
          cells.put(c, r, ch, fg);
        }
      }
    }
  }
  const note = merge > 1 ? [`(${n} bins merged into ${groups} groups of ${merge})`] : [];
  return frameLines({
    title: spec.title,
    color: ctx.color,
    plot: cells.lines(ctx.color),
    plotWidth: cols,
    gutter,
    x,
    y,
    xLabel: spec.xAxis?.label,
    yLabel: spec.yLabel ?? (spec.normalize === 'density' ? 'density' : 'count'),
    footer: [...legend, ...note],
  });
}
