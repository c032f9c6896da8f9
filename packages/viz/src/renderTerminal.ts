import { validateSpec } from './data/validate.js';
import { VizSpecError } from './errors.js';
import type { ChartSpec } from './spec/chartSpec.js';
import { barTerminal } from './terminal/bar.js';
import { contourTerminal } from './terminal/contour.js';
import { gridTerminal } from './terminal/grid.js';
import { heatmapTerminal } from './terminal/heatmap.js';
import { histogramTerminal } from './terminal/histogram.js';
import { lineTerminal } from './terminal/line.js';
import type { TerminalContext, TerminalOptions } from './terminal/options.js';

function renderAt(spec: ChartSpec, ctx: TerminalContext): string[] {
  switch (spec.type) {
    case 'line':
      return lineTerminal(spec, ctx);
    case 'contour':
      return contourTerminal(spec, ctx);
    case 'histogram':
      return histogramTerminal(spec, ctx);
    case 'bar':
      return barTerminal(spec, ctx);
    case 'heatmap':
      return heatmapTerminal(spec, ctx);
    case 'grid':
      return gridTerminal(spec, ctx, renderAt);
  }
}

/** Renders a chart spec as unicode text (braille and block characters), with ANSI colours unless `color: false`. */
export function renderTerminal(spec: ChartSpec, options: TerminalOptions = {}): string {
  validateSpec(spec);
  const width = Math.floor(options.width ?? 72);
  const height = Math.floor(options.height ?? 20);
  if (!(width >= 24 && height >= 8)) {
    throw new VizSpecError(
      `renderTerminal: width must be >= 24 and height >= 8, got ${options.width} x ${options.height}`,
    );
  }
  return `${renderAt(spec, { width, height, color: options.color ?? true })
    .map((l) => l.trimEnd())
    .join('\n')}\n`;
}
