import type { Axis, ChartBase, LegendPosition } from './common.js';

/** A scalar function sampled on a grid: z[j * x.length + i] = f(x[i], y[j]) (row-major, rows are y). */
export interface GridSamples {
  /** Increasing sample positions along x (length nx >= 2). */
  x: number[];
  /** Increasing sample positions along y (length ny >= 2). */
  y: number[];
  /** nx * ny values, row-major by y. */
  z: number[];
}

/** Contour levels: a count of "nice" thresholds, or explicit thresholds; `log` spaces a count geometrically. */
export type ContourLevels = number | { count: number; log?: boolean } | { values: number[] };

/** A path through the (x, y) plane, e.g. an optimizer's iterates. */
export interface Trajectory {
  name: string;
  x: number[];
  y: number[];
  /** Label every n-th point with its step index (0 = no labels). */
  labelEvery?: number;
  /** Palette index to use instead of the trajectory's position. */
  colorIndex?: number;
}

/** Level sets of f(x, y), filled bands or lines, with optional trajectories on top (start ○, end ●). */
export interface ContourChart extends ChartBase {
  type: 'contour';
  grid: GridSamples;
  /** Default 10. */
  levels?: ContourLevels;
  /** Filled bands (default) or lines only. */
  filled?: boolean;
  trajectories?: Trajectory[];
  xAxis?: Axis;
  yAxis?: Axis;
  /** Label for the value z, e.g. "loss". */
  zLabel?: string;
  legend?: LegendPosition;
}
