import { droppedNote, joinDesc, rangeText } from '../data/describe.js';
import { label } from '../data/label.js';
import { linePoints } from '../data/linePoints.js';
import type { LineChart } from '../spec/line.js';
import { annotationAnchors, annotations } from './annotations.js';
import { drawFrame } from './axes.js';
import { svgDocument } from './document.js';
import { el } from './el.js';
import { plotRect, type SvgContext, yLabelRoom } from './layout.js';
import { drawLegend, sampleRuns } from './legend.js';
import { marker } from './marker.js';
import { clipRect, polyline } from './path.js';
import { numericAxis, safeDomain, tickCount } from './scale.js';
import { seriesColor, seriesDash } from './theme.js';

/** Renders a line chart: one polyline per series (broken at dropped points), markers, annotations, legend. */
export function lineSvg(spec: LineChart, ctx: SvgContext): string {
  const { xs, ys, series, ann, xExt, yExt } = linePoints(spec);
  const r0 = plotRect(ctx);
  const y = numericAxis(
    spec.yAxis?.domain ?? safeDomain(yExt, ys),
    [r0.bottom, r0.top],
    ys,
    tickCount(r0.bottom - r0.top, 36),
    !!spec.yAxis?.domain,
  );
  const r = plotRect(ctx, 0, yLabelRoom(y.labels, !!spec.yAxis?.label));
  const x = numericAxis(
    spec.xAxis?.domain ?? safeDomain(xExt, xs),
    [r.left, r.right],
    xs,
    tickCount(r.right - r.left, 70),
    !!spec.xAxis?.domain,
  );
  const frame = drawFrame(r, spec.title, x, y, spec.xAxis?.label, spec.yAxis?.label);
  const clip = `${ctx.id}-clip`;
  let body = '';
  const drawn: [number, number][][] = [];
  for (const d of series) {
    const color = seriesColor(d.s.colorIndex ?? d.i);
    const px = d.runs.map((run) =>
      run.map(([a, b]) => [x.scale(a), y.scale(b)] as [number, number]),
    );
    drawn.push(...px);
    const path = px
      .filter((run) => run.length > 1)
      .map(polyline)
      .join('');
    if (path) {
      body += el('path', {
        d: path,
        fill: 'none',
        style: `stroke:${color}`,
        'stroke-width': 2,
        'stroke-linejoin': 'round',
        'stroke-dasharray': d.s.dashed ? '6 4' : seriesDash(d.i),
      });
    }
    // Isolated points would vanish without a marker, so they always get one.
    for (const run of px) {
      for (const [a, b] of run) {
        const shape =
          d.s.marker && d.s.marker !== 'none' ? d.s.marker : run.length === 1 ? 'circle' : 'none';
        body += marker(shape, a, b, color);
      }
    }
  }
  body += annotations(ann, x, y, r);
  const legend = drawLegend(
    series.map((d) => ({
      name: d.s.name,
      color: seriesColor(d.s.colorIndex ?? d.i),
      swatch: 'line' as const,
      dash: d.s.dashed ? '6 4' : seriesDash(d.i),
    })),
    r,
    spec.legend,
    [...sampleRuns(drawn), ...annotationAnchors(ann, x, y, r)],
  );
  const dropped = series.reduce((a, d) => a + d.dropped, 0);
  const summary =
    `Line chart with ${series.length} series. ` +
    `x (${spec.xAxis?.label ?? 'x'}, ${xs}) ${rangeText(xExt)}; y (${spec.yAxis?.label ?? 'y'}, ${ys}) ${rangeText(yExt)}. ` +
    series
      .map((d) => {
        const run = d.runs.flat();
        const last = run[run.length - 1];
        return `${d.s.name}: ${run.length} points${last ? `, last y ${label(last[1])} at x ${label(last[0])}` : ''}.`;
      })
      .join(' ') +
    droppedNote(dropped, 'points', xs === 'log' || ys === 'log');
  return svgDocument({
    ...ctx,
    title: spec.title,
    desc: joinDesc(spec.description, summary),
    body:
      `<defs>${clipRect(clip, r.left, r.top, r.right - r.left, r.bottom - r.top)}</defs>` +
      frame.back +
      el('g', { 'clip-path': `url(#${clip})` }, body || ' ') +
      frame.front +
      legend,
  });
}
