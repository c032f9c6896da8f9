import { textWidth } from './el.js';

/** The plotting rectangle inside a chart, in pixels. */
export interface PlotRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Options shared by every SVG renderer. */
export interface SvgOptions {
  /** Pixel width of the whole chart; default 640. */
  width?: number;
  /** Pixel height of the whole chart; default 400. */
  height?: number;
  /** Prefix for element ids (clip paths, title, desc); default "dl8". Use distinct prefixes per page. */
  idPrefix?: string;
  /**
   * Keep colours and fonts as CSS custom properties with fallbacks (default true), so the chart
   * follows the page's theme; false writes the light fallbacks literally, for renderers without
   * CSS variables (resvg, image editors).
   */
  cssVariables?: boolean;
}

/** Resolved options. */
export interface SvgContext {
  width: number;
  height: number;
  id: string;
  /** Position inside a parent SVG (small multiples). */
  x?: number;
  y?: number;
}

/** Standard margins: room for the title above, tick labels left and below, extra right space when asked. */
export function plotRect(ctx: SvgContext, extraRight = 0, extraLeft = 0): PlotRect {
  return {
    left: 58 + extraLeft,
    top: 36,
    right: ctx.width - 16 - extraRight,
    bottom: ctx.height - 44,
  };
}

/**
 * Extra left margin so the widest y tick label keeps clear of the rotated y-axis label: labels end
 * 8 px left of the axis and the rotated label (centred at x = 14) needs the 20 px at the chart's left edge.
 */
export function yLabelRoom(tickLabels: readonly string[], hasAxisLabel: boolean): number {
  if (!hasAxisLabel) return 0;
  const widest = Math.max(0, ...tickLabels.map((l) => textWidth(l, 11)));
  return Math.max(0, Math.ceil(20 + widest + 8 - 58));
}
