export { VizSpecError } from './errors.js';
export { renderSvg } from './renderSvg.js';
export { renderTerminal } from './renderTerminal.js';
export type { BarChart, BarSeries } from './spec/bar.js';
export type { ChartSpec, ChartType } from './spec/chartSpec.js';
export type {
  Annotation,
  Axis,
  AxisScale,
  ChartBase,
  HLineAnnotation,
  LegendPosition,
  TextAnnotation,
  VLineAnnotation,
} from './spec/common.js';
export type { ContourChart, ContourLevels, GridSamples, Trajectory } from './spec/contour.js';
export type { GridChart } from './spec/grid.js';
export type { HeatmapChart } from './spec/heatmap.js';
export type { HistogramBins, HistogramChart, HistogramSeries } from './spec/histogram.js';
export type { LineChart, LineSeries, MarkerShape } from './spec/line.js';
export type { SvgOptions } from './svg/layout.js';
export { toCsv } from './table/toCsv.js';
export { type DataTable, toTable } from './table/toTable.js';
export type { TerminalOptions, TermOptions } from './terminal/options.js';
