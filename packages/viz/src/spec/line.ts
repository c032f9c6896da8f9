import type { Annotation, Axis, ChartBase, LegendPosition } from './common.js';

/** Marker drawn at each point of a series. */
export type MarkerShape = 'none' | 'circle' | 'square' | 'triangle';

/** One named series of points (x[i], y[i]); x and y have the same length. */
export interface LineSeries {
  name: string;
  x: number[];
  y: number[];
  /** Markers at the points; default 'none'. */
  marker?: MarkerShape;
  /** Dashed stroke, e.g. for a reference curve. */
  dashed?: boolean;
  /** Palette index to use instead of the series' position (keeps colours stable across charts). */
  colorIndex?: number;
}

/** Several series plotted against a shared x axis, e.g. loss curves of several optimizers. */
export interface LineChart extends ChartBase {
  type: 'line';
  series: LineSeries[];
  xAxis?: Axis;
  yAxis?: Axis;
  annotations?: Annotation[];
  legend?: LegendPosition;
}
