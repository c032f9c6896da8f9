import type { Axis, ChartBase, LegendPosition } from './common.js';

/** One distribution given by raw values. */
export interface HistogramSeries {
  name: string;
  values: number[];
  colorIndex?: number;
}

/** Bins: a target count (thresholds are made "nice"), or explicit edges (n + 1 increasing numbers). */
export type HistogramBins = number | { edges: number[] };

/** Overlaid distributions sharing the same bins, e.g. activations before and after batch norm. */
export interface HistogramChart extends ChartBase {
  type: 'histogram';
  series: HistogramSeries[];
  /** Default 20. */
  bins?: HistogramBins;
  /** Show counts (default) or probability density (area 1 per series). */
  normalize?: 'count' | 'density';
  xAxis?: Axis;
  /** Label of the count axis; defaults to "count" or "density". */
  yLabel?: string;
  legend?: LegendPosition;
}
