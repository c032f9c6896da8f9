import { contours } from 'd3-contour';
import { droppedNote, joinDesc, rangeText } from '../data/describe.js';
import { cleanGrid, indexToData } from '../data/gridClean.js';
import { label } from '../data/label.js';
import { contourThresholds } from '../data/levels.js';
import { clampMag, extentOf, plottable, toRuns } from '../data/points.js';
import type { ContourChart } from '../spec/contour.js';
import { drawFrame } from './axes.js';
import { ramp } from './color.js';
import { colorBar } from './colorBar.js';
import { svgDocument } from './document.js';
import { el, text } from './el.js';
import { plotRect, type SvgContext, yLabelRoom } from './layout.js';
import { drawLegend, sampleRuns } from './legend.js';
import { clipRect, polyline } from './path.js';
import { numericAxis, safeDomain, tickCount } from './scale.js';
import { BG, HALO, seriesColor, VIRIDIS } from './theme.js';

/** Renders level sets of a sampled function (d3-contour) with trajectories drawn on top. */
export function contourSvg(spec: ContourChart, ctx: SvgContext): string {
  const g = spec.grid;
  const xs = spec.xAxis?.scale ?? 'linear';
  const ys = spec.yAxis?.scale ?? 'linear';
  const filled = spec.filled ?? true;
  const { z, lo, hi, bad } = cleanGrid(g);
  const thresholds = contourThresholds(spec.levels, lo, hi).filter((t) => t >= lo && t <= hi);
  const r0 = plotRect(ctx, filled ? 64 : 0);
  const gx = extentOf(g.x, xs);
  const gy = extentOf(g.y, ys);
  const y = numericAxis(
    spec.yAxis?.domain ?? safeDomain(gy, ys),
    [r0.bottom, r0.top],
    ys,
    tickCount(r0.bottom - r0.top, 36),
    true,
  );
  const r = plotRect(ctx, filled ? 64 : 0, yLabelRoom(y.labels, !!spec.yAxis?.label));
  const x = numericAxis(
    spec.xAxis?.domain ?? safeDomain(gx, xs),
    [r.left, r.right],
    xs,
    tickCount(r.right - r.left, 70),
    true,
  );
  const color = ramp(VIRIDIS);
  // Colour by level rank, so geometric (log) levels spread over the whole ramp.
  const tOf = (v: number) => {
    let k = 0;
    while (k < thresholds.length && thresholds[k]! <= v) k++;
    return thresholds.length ? k / thresholds.length : 0.5;
  };
  // Grid coordinates from d3-contour put sample i at i + 0.5.
  const toPx = (p: number[]): [number, number] => {
    const dx = indexToData(g.x, p[0]! - 0.5);
    const dy = indexToData(g.y, p[1]! - 0.5);
    return [plottable(dx, xs) ? x.scale(dx) : r.left, plottable(dy, ys) ? y.scale(dy) : r.bottom];
  };
  const gen = contours().size([g.x.length, g.y.length]).thresholds(thresholds);
  let body = '';
  if (filled)
    body += el('rect', {
      x: r.left,
      y: r.top,
      width: r.right - r.left,
      height: r.bottom - r.top,
      fill: color(0),
    });
  const bands = thresholds.length ? gen(z) : [];
  for (const [k, mp] of bands.entries()) {
    const d = mp.coordinates
      .flatMap((poly) => poly.map((ring) => `${polyline(ring.map(toPx))}Z`))
      .join('');
    if (!d) continue;
    body += filled
      ? el('path', { d, fill: color(tOf(mp.value)), 'data-level': label(mp.value) })
      : el('path', {
          d,
          fill: 'none',
          style: `stroke:${color(0.15 + 0.7 * (k / Math.max(1, bands.length - 1)))}`,
          'stroke-width': 1.5,
        });
  }
  let top = '';
  const drawn: [number, number][][] = [];
  const trajs = spec.trajectories ?? [];
  let dropped = 0;
  for (const [i, t] of trajs.entries()) {
    const c = seriesColor(t.colorIndex ?? i);
    const { runs, dropped: d } = toRuns(t.x, t.y, xs, ys);
    dropped += d;
    const px = runs.map((run) => run.map(([a, b]) => [x.scale(a), y.scale(b)] as [number, number]));
    drawn.push(...px);
    const path = px
      .filter((run) => run.length > 1)
      .map(polyline)
      .join('');
    if (path) {
      top += el('path', {
        d: path,
        fill: 'none',
        style: `stroke:${BG}`,
        'stroke-width': 4.5,
        'stroke-linejoin': 'round',
      });
      top += el('path', {
        d: path,
        fill: 'none',
        style: `stroke:${c}`,
        'stroke-width': 2,
        'stroke-linejoin': 'round',
      });
    }
    const all = px.flat();
    const first = all[0];
    const last = all[all.length - 1];
    if (first)
      top += el('circle', {
        cx: first[0],
        cy: first[1],
        r: 4.5,
        style: `fill:${BG};stroke:${c}`,
        'stroke-width': 2,
      });
    if (last && all.length > 1)
      top += el('circle', {
        cx: last[0],
        cy: last[1],
        r: 4.5,
        style: `fill:${c};stroke:${BG}`,
        'stroke-width': 1.5,
      });
    const every = Math.max(0, Math.round(t.labelEvery ?? 0));
    if (every > 0) {
      const placed: [number, number][] = [];
      for (let s = 0; s < t.x.length; s += every) {
        const a = t.x[s]!;
        const b = t.y[s]!;
        if (!plottable(a, xs) || !plottable(b, ys)) continue;
        const p: [number, number] = [x.scale(clampMag(a)) + 6, y.scale(clampMag(b)) - 6];
        // Skip labels that would overprint one already placed.
        if (placed.some(([u, v]) => Math.abs(u - p[0]) < 22 && Math.abs(v - p[1]) < 12)) continue;
        placed.push(p);
        top += text({ x: p[0], y: p[1], 'font-size': '10', style: HALO }, String(s));
      }
    }
  }
  const clip = `${ctx.id}-clip`;
  const frame = drawFrame(r, spec.title, x, y, spec.xAxis?.label, spec.yAxis?.label);
  const bar = filled ? colorBar(r, thresholds, lo, hi, (v) => color(tOf(v)), spec.zLabel) : '';
  const legend = drawLegend(
    trajs.map((t, i) => ({
      name: t.name,
      color: seriesColor(t.colorIndex ?? i),
      swatch: 'line' as const,
    })),
    r,
    spec.legend,
    sampleRuns(drawn),
    1,
  );
  const summary =
    `Contour plot of ${spec.zLabel ?? 'z'} over ${g.x.length} by ${g.y.length} samples, ` +
    `x (${spec.xAxis?.label ?? 'x'}) ${rangeText(gx)}, y (${spec.yAxis?.label ?? 'y'}) ${rangeText(gy)}; ` +
    `values ${rangeText(hi >= lo && g.z.length - bad > 0 ? [lo, hi] : undefined)}, ${thresholds.length} levels, ${filled ? 'filled' : 'lines'}.` +
    trajs
      .map((t) => {
        const n = t.x.length;
        return ` Trajectory ${t.name}: ${n} points${n ? `, from (${label(t.x[0]!)}, ${label(t.y[0]!)}) to (${label(t.x[n - 1]!)}, ${label(t.y[n - 1]!)})` : ''}.`;
      })
      .join('') +
    droppedNote(bad, 'grid values') +
    droppedNote(dropped, 'trajectory points', xs === 'log' || ys === 'log');
  return svgDocument({
    ...ctx,
    title: spec.title,
    desc: joinDesc(spec.description, summary),
    body:
      `<defs>${clipRect(clip, r.left, r.top, r.right - r.left, r.bottom - r.top)}</defs>` +
      el('g', { 'clip-path': `url(#${clip})` }, body || ' ') +
      el('g', { 'clip-path': `url(#${clip})` }, top || ' ') +
      frame.front +
      bar +
      legend,
  });
}
