import type { Annotation } from '../spec/common.js';
import type { LineChart, LineSeries } from '../spec/line.js';
import { extentOf, toRuns } from './points.js';

/** A line chart's plottable data: each series split into runs of finite points, and both extents (annotations included). */
export function linePoints(spec: LineChart) {
  const xs = spec.xAxis?.scale ?? 'linear';
  const ys = spec.yAxis?.scale ?? 'linear';
  const series = spec.series.map((s: LineSeries, i) => ({ s, i, ...toRuns(s.x, s.y, xs, ys) }));
  const pts = series.flatMap((d) => d.runs.flat());
  const ann: readonly Annotation[] = spec.annotations ?? [];
  const xExt = extentOf(
    [...pts.map((p) => p[0]), ...ann.flatMap((a) => (a.kind === 'hline' ? [] : [a.x]))],
    xs,
  );
  const yExt = extentOf(
    [...pts.map((p) => p[1]), ...ann.flatMap((a) => (a.kind === 'vline' ? [] : [a.y]))],
    ys,
  );
  return { xs, ys, series, ann, xExt, yExt };
}
