import { binHistogram } from '../data/bins.js';
import { droppedNote, joinDesc } from '../data/describe.js';
import { label } from '../data/label.js';
import type { HistogramChart } from '../spec/histogram.js';
import { drawFrame } from './axes.js';
import { svgDocument } from './document.js';
import { el } from './el.js';
import { plotRect, type SvgContext, yLabelRoom } from './layout.js';
import { drawLegend, sampleRect } from './legend.js';
import { polyline } from './path.js';
import { numericAxis, tickCount } from './scale.js';
import { seriesColor } from './theme.js';

/** Renders overlaid histograms on shared bins: translucent bars plus a solid step outline per series. */
export function histogramSvg(spec: HistogramChart, ctx: SvgContext): string {
  const { edges, heights, dropped } = binHistogram(spec);
  const r0 = plotRect(ctx);
  const n = edges.length - 1;
  const top = Math.max(0, ...heights.flat());
  const y = numericAxis(
    [0, top > 0 ? top : 1],
    [r0.bottom, r0.top],
    'linear',
    tickCount(r0.bottom - r0.top, 36, 5),
  );
  const yLabel = spec.yLabel ?? (spec.normalize === 'density' ? 'density' : 'count');
  const r = plotRect(ctx, 0, yLabelRoom(y.labels, !!yLabel));
  const x = numericAxis(
    [edges[0]!, edges[n]!],
    [r.left, r.right],
    'linear',
    tickCount(r.right - r.left, 70),
    true,
  );
  const frame = drawFrame(r, spec.title, x, y, spec.xAxis?.label, yLabel);
  let body = '';
  const covered: [number, number][] = [];
  for (const [i, s] of spec.series.entries()) {
    const c = seriesColor(s.colorIndex ?? i);
    const h = heights[i]!;
    let bars = '';
    const outline: [number, number][] = [[x.scale(edges[0]!), y.scale(0)]];
    for (let b = 0; b < n; b++) {
      const x0 = x.scale(edges[b]!);
      const x1 = x.scale(edges[b + 1]!);
      const y0 = y.scale(h[b]!);
      if (h[b]! > 0)
        bars += el('rect', {
          x: x0,
          y: y0,
          width: Math.max(0, x1 - x0),
          height: Math.max(0, y.scale(0) - y0),
        });
      outline.push([x0, y0], [x1, y0]);
      if (h[b]! > 0) covered.push(...sampleRect(x0, y0, x1, y.scale(0)));
    }
    outline.push([x.scale(edges[n]!), y.scale(0)]);
    body += el(
      'g',
      { style: `fill:${c}`, 'fill-opacity': spec.series.length > 1 ? '0.35' : '0.6' },
      bars || ' ',
    );
    body += el('path', {
      d: polyline(outline),
      fill: 'none',
      style: `stroke:${c}`,
      'stroke-width': 1.75,
    });
  }
  const legend = drawLegend(
    spec.series.map((s, i) => ({
      name: s.name,
      color: seriesColor(s.colorIndex ?? i),
      swatch: 'box' as const,
    })),
    r,
    spec.legend,
    covered,
  );
  const summary =
    `Histogram of ${spec.series.length} distribution${spec.series.length === 1 ? '' : 's'} over ${n} bins from ${label(edges[0]!)} to ${label(edges[n]!)}. ` +
    spec.series
      .map((s, i) => {
        const h = heights[i]!;
        const peak = h.indexOf(Math.max(...h));
        return `${s.name}: ${s.values.length - dropped[i]!} values, tallest bin ${label(edges[peak]!)} to ${label(edges[peak + 1]!)}.`;
      })
      .join(' ') +
    droppedNote(
      dropped.reduce((a, b) => a + b, 0),
      'values (not finite or outside the bins)',
    ).replace(': not finite', '');
  return svgDocument({
    ...ctx,
    title: spec.title,
    desc: joinDesc(spec.description, summary),
    body: frame.back + body + frame.front + legend,
  });
}
