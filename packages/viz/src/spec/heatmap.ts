import type { ChartBase } from './common.js';

/** A matrix shown as coloured cells; values[r][c] is row r, column c. */
export interface HeatmapChart extends ChartBase {
  type: 'heatmap';
  values: number[][];
  rowLabels?: string[];
  columnLabels?: string[];
  xLabel?: string;
  yLabel?: string;
  /** 'diverging' (default, centred on `center`) or 'sequential'. */
  scale?: 'diverging' | 'sequential';
  /** Centre of the diverging scale; default 0. */
  center?: number;
  /** Label for the colour legend, e.g. "correlation". */
  valueLabel?: string;
  /** Print the value in each cell (default: when there are at most 100 cells). */
  showValues?: boolean;
}
