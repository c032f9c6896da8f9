import type { BarChart } from './bar.js';
import type { ContourChart } from './contour.js';
import type { GridChart } from './grid.js';
import type { HeatmapChart } from './heatmap.js';
import type { HistogramChart } from './histogram.js';
import type { LineChart } from './line.js';

/** Any chart: plain JSON data, discriminated by `type`. */
export type ChartSpec =
  | LineChart
  | ContourChart
  | HistogramChart
  | BarChart
  | HeatmapChart
  | GridChart;

/** The `type` tag of a chart. */
export type ChartType = ChartSpec['type'];
