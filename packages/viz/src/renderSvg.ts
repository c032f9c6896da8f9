import { validateSpec } from './data/validate.js';
import { VizSpecError } from './errors.js';
import type { ChartSpec } from './spec/chartSpec.js';
import { barSvg } from './svg/bar.js';
import { contourSvg } from './svg/contour.js';
import { gridSvg } from './svg/grid.js';
import { heatmapSvg } from './svg/heatmap.js';
import { histogramSvg } from './svg/histogram.js';
import type { SvgContext, SvgOptions } from './svg/layout.js';
import { lineSvg } from './svg/line.js';
import { resolveCssVariables } from './svg/resolveCssVariables.js';

function renderAt(spec: ChartSpec, ctx: SvgContext): string {
  switch (spec.type) {
    case 'line':
      return lineSvg(spec, ctx);
    case 'contour':
      return contourSvg(spec, ctx);
    case 'histogram':
      return histogramSvg(spec, ctx);
    case 'bar':
      return barSvg(spec, ctx);
    case 'heatmap':
      return heatmapSvg(spec, ctx);
    case 'grid':
      return gridSvg(spec, ctx, renderAt);
  }
}

/** Renders a chart spec to a standalone, accessible SVG string whose colours follow CSS custom properties (or, with `cssVariables: false`, their light fallbacks). */
export function renderSvg(spec: ChartSpec, options: SvgOptions = {}): string {
  validateSpec(spec);
  const width = options.width ?? 640;
  const height = options.height ?? 400;
  if (!(Number.isFinite(width) && width >= 80 && Number.isFinite(height) && height >= 60)) {
    throw new VizSpecError(
      `renderSvg: width and height must be finite numbers >= 80 and >= 60, got ${width} x ${height}`,
    );
  }
  const id = options.idPrefix ?? 'dl8';
  if (!/^[A-Za-z][\w-]*$/.test(id)) {
    throw new VizSpecError(
      `renderSvg: idPrefix must start with a letter and hold only letters, digits, _ and -, got ${JSON.stringify(id)}`,
    );
  }
  const svg = renderAt(spec, { width, height, id });
  return options.cssVariables === false ? resolveCssVariables(svg) : svg;
}
