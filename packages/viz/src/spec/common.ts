/** Scale of a numeric axis: linear, or base-10 logarithmic (non-positive values are dropped). */
export type AxisScale = 'linear' | 'log';

/** A numeric axis: its label, scale and optional fixed domain [min, max]. */
export interface Axis {
  /** Label drawn beside the axis, e.g. "step" or "loss". */
  label?: string;
  /** 'linear' (default) or 'log'. */
  scale?: AxisScale;
  /** Fixed domain; computed from the data when absent. */
  domain?: [number, number];
}

/**
 * Where the legend goes; 'none' hides it. By default (two or more series) it takes the first corner
 * of top-right, top-left, bottom-right, bottom-left (then half-way down either side) that covers
 * no drawn data or annotation label, else the place covering least.
 */
export type LegendPosition = 'top-right' | 'top-left' | 'bottom-right' | 'bottom-left' | 'none';

/** Fields shared by every chart. */
export interface ChartBase {
  /** Short title, shown on the chart and used as the SVG `<title>`. */
  title: string;
  /** One or two sentences for screen readers; the renderer appends a summary of the data. */
  description?: string;
}

/** A vertical reference line at x = value. */
export interface VLineAnnotation {
  kind: 'vline';
  x: number;
  label?: string;
}

/** A horizontal reference line at y = value. */
export interface HLineAnnotation {
  kind: 'hline';
  y: number;
  label?: string;
}

/** A text label anchored at data coordinates (x, y). */
export interface TextAnnotation {
  kind: 'text';
  x: number;
  y: number;
  text: string;
}

/** Something drawn over a chart in data coordinates. */
export type Annotation = VLineAnnotation | HLineAnnotation | TextAnnotation;
