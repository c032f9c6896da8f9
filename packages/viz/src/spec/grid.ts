import type { ChartSpec } from './chartSpec.js';
import type { ChartBase } from './common.js';

/** Small multiples: other charts laid out in rows of `columns` cells (grids do not nest). */
export interface GridChart extends ChartBase {
  type: 'grid';
  charts: Exclude<ChartSpec, GridChart>[];
  /** Cells per row; default min(charts.length, 3). */
  columns?: number;
}
