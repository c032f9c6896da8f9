import type { ChartBase, LegendPosition } from './common.js';

/** One group member: a value for each category (values[i] belongs to categories[i]). */
export interface BarSeries {
  name: string;
  values: number[];
  colorIndex?: number;
}

/** Grouped bars over categories; values may be negative. */
export interface BarChart extends ChartBase {
  type: 'bar';
  categories: string[];
  series: BarSeries[];
  xLabel?: string;
  yLabel?: string;
  /** 'linear' (default) or 'log-magnitude': bar height is log10|v|, sign shown by colour shade and label. */
  valueScale?: 'linear' | 'log-magnitude';
  legend?: LegendPosition;
}
