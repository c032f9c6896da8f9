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
