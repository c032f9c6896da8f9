import { cleanGrid } from '../data/gridClean.js';
import { label } from '../data/label.js';
import { contourThresholds } from '../data/levels.js';
import { extentOf, toRuns } from '../data/points.js';
import type { ContourChart } from '../spec/contour.js';
import { ramp } from '../svg/color.js';
import { numericAxis, safeDomain } from '../svg/scale.js';
import { VIRIDIS } from '../svg/theme.js';
import { ansiFromHex } from './ansi.js';
import { CellGrid } from './cells.js';
import { frameLines } from './frame.js';
import { ansiSeries, legendLines } from './legend.js';
import type { TerminalContext } from './options.js';

const SHADES = ' .:-=+*#%@';

/** Nearest sample index for a data coordinate in increasing positions. */
function nearest(pos: readonly number[], v: number): number {
  let best = 0;
  for (let i = 1; i < pos.length; i++)
    if (Math.abs(pos[i]! - v) < Math.abs(pos[best]! - v)) best = i;
  return best;
}

/** Contour bands as shading (ASCII ramp, or viridis backgrounds in colour) with trajectories in braille on top. */
export function contourTerminal(spec: ContourChart, ctx: TerminalContext): string[] {
  const g = spec.grid;
  const xs = spec.xAxis?.scale ?? 'linear';
  const ys = spec.yAxis?.scale ?? 'linear';
  const { z, lo, hi } = cleanGrid(g);
  const th = contourThresholds(spec.levels, lo, hi).filter((t) => t >= lo && t <= hi);
  const trajs = spec.trajectories ?? [];
  const legend = legendLines(
    trajs.map((t) => t.name),
    ctx.width,
    ctx.color,
    (i) => trajs[i]!.colorIndex ?? i,
    () => '━━',
  );
  const key = `${spec.zLabel ?? 'z'}: ${ctx.color ? 'dark' : `'${SHADES[0]}'`} ${label(lo)} … ${ctx.color ? 'yellow' : `'${SHADES[SHADES.length - 1]}'`} ${label(hi)} (${th.length} levels)`;
  const extra =
    5 +
    (trajs.length ? 1 : 0) +
    (spec.xAxis?.label ? 1 : 0) +
    (spec.yAxis?.label ? 1 : 0) +
    legend.length;
  const rows = Math.max(3, ctx.height - extra);
  const y = numericAxis(
    spec.yAxis?.domain ?? safeDomain(extentOf(g.y, ys), ys),
    [rows * 4 - 1, 0],
    ys,
    Math.max(2, Math.floor(rows / 3)),
    true,
  );
  const gutter = Math.max(6, ...y.labels.map((l) => l.length + 2));
  const cols = Math.max(8, ctx.width - gutter - 1);
  const x = numericAxis(
    spec.xAxis?.domain ?? safeDomain(extentOf(g.x, xs), xs),
    [0, cols * 2 - 1],
    xs,
    Math.max(2, Math.floor(cols / 10)),
    true,
  );
  const cells = new CellGrid(cols, rows);
  const color = ramp(VIRIDIS);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v =
        z[
          nearest(g.y, y.scale.invert(r * 4 + 1.5)) * g.x.length +
            nearest(g.x, x.scale.invert(c * 2 + 0.5))
        ]!;
      let k = 0;
      while (k < th.length && th[k]! <= v) k++;
      const t = th.length ? k / th.length : 0;
      if (ctx.color) cells.put(c, r, ' ', undefined, ansiFromHex(color(t)));
      else
        cells.put(c, r, SHADES[Math.min(SHADES.length - 1, Math.round(t * (SHADES.length - 1)))]!);
    }
  }
  for (const [i, t] of trajs.entries()) {
    const { runs } = toRuns(t.x, t.y, xs, ys);
    for (const run of runs) {
      for (let k = 1; k < run.length; k++) {
        cells.line(
          x.scale(run[k - 1]![0]),
          y.scale(run[k - 1]![1]),
          x.scale(run[k]![0]),
          y.scale(run[k]![1]),
          ctx.color ? ansiSeries(t.colorIndex ?? i) : undefined,
        );
      }
    }
    const at = (a: number, b: number): [number, number] => [
      Math.round(x.scale(a) / 2 - 0.5),
      Math.round(y.scale(b) / 4 - 0.5),
    ];
    const pts = runs.flat();
    const first = pts[0];
    const last = pts[pts.length - 1];
    const fgc = ctx.color ? ansiSeries(t.colorIndex ?? i) : undefined;
    if (first) cells.put(...at(first[0], first[1]), '○', fgc);
    if (last && pts.length > 1) cells.put(...at(last[0], last[1]), '●', fgc);
  }
  return frameLines({
    title: spec.title,
    color: ctx.color,
    plot: cells.lines(ctx.color),
    plotWidth: cols,
    gutter,
    x,
    y,
    xLabel: spec.xAxis?.label,
    yLabel: spec.yAxis?.label,
    footer: [...legend, key, ...(trajs.length ? ['○ start  ● end'] : [])],
  });
}
