import type { GridChart } from '../spec/grid.js';
import { el, text, textWidth } from './el.js';
import type { LegendEntry } from './legend.js';
import { seriesColor, seriesDash } from './theme.js';

type Cell = GridChart['charts'][number];

/**
 * The legend every cell of a grid would repeat: when all cells are histograms, bars or lines with
 * the same two or more series names, one legend for the grid reads better than a squeezed,
 * shortened copy in a small cell (whichever cells asked for one). Undefined otherwise, or when
 * every cell hides its legend.
 */
export function sharedLegend(cells: readonly Cell[]): LegendEntry[] | undefined {
  const first = cells[0];
  if (!first || (first.type !== 'histogram' && first.type !== 'bar' && first.type !== 'line'))
    return undefined;
  const names = first.series.map((s) => s.name);
  if (names.length < 2) return undefined;
  const same = cells.every(
    (c) =>
      c.type === first.type &&
      c.series.length === names.length &&
      c.series.every((s, i) => s.name === names[i]),
  );
  if (!same || cells.every((c) => 'legend' in c && c.legend === 'none')) return undefined;
  return first.series.map((s, i) => ({
    name: s.name,
    color: seriesColor(s.colorIndex ?? i),
    swatch: first.type === 'line' ? 'line' : 'box',
    dash: first.type === 'line' ? ('dashed' in s && s.dashed ? '6 4' : seriesDash(i)) : undefined,
  }));
}

/** Width in pixels of `legendRow`'s output. */
export function legendRowWidth(entries: readonly LegendEntry[]): number {
  return entries.reduce((w, e) => w + 28 + textWidth(e.name, 11) + 14, 0);
}

/** The entries in one row, left to right from (x, y) (y is the text baseline). */
export function legendRow(entries: readonly LegendEntry[], x: number, y: number): string {
  let out = '';
  let at = x;
  for (const e of entries) {
    out +=
      e.swatch === 'line'
        ? el('line', {
            x1: at,
            x2: at + 20,
            y1: y - 4,
            y2: y - 4,
            style: `stroke:${e.color}`,
            'stroke-width': 2.5,
            'stroke-dasharray': e.dash,
          })
        : el('rect', {
            x: at + 3,
            y: y - 9,
            width: 14,
            height: 10,
            style: `fill:${e.color};stroke:${e.color}`,
            'fill-opacity': '0.6',
          });
    out += text({ x: at + 26, y }, e.name);
    at += 28 + textWidth(e.name, 11) + 14;
  }
  return el('g', { class: 'dl8-legend' }, out);
}
