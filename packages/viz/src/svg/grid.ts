import { joinDesc } from '../data/describe.js';
import type { GridChart } from '../spec/grid.js';
import { svgDocument } from './document.js';
import { text, textWidth } from './el.js';
import { legendRow, legendRowWidth, sharedLegend } from './gridLegend.js';
import type { SvgContext } from './layout.js';

/** Renders small multiples: each chart as a nested SVG in a cell of a `columns`-wide grid. */
export function gridSvg(
  spec: GridChart,
  ctx: SvgContext,
  renderCell: (cell: GridChart['charts'][number], cellCtx: SvgContext) => string,
): string {
  const n = spec.charts.length;
  const columns = Math.max(1, Math.min(n || 1, Math.round(spec.columns ?? Math.min(n, 3)) || 1));
  const rows = Math.max(1, Math.ceil(n / columns));
  const legend = sharedLegend(spec.charts);
  // The shared legend sits right of the title when both fit on one line, else on a line below it.
  const legendW = legend ? legendRowWidth(legend) : 0;
  const besideTitle = 12 + textWidth(spec.title, 15) + 24 + legendW <= ctx.width - 12;
  const head = legend && !besideTitle ? 52 : 32;
  const cw = ctx.width / columns;
  const ch = (ctx.height - head) / rows;
  let body = text({ x: 12, y: 22, 'font-size': '15', 'font-weight': '600' }, spec.title);
  if (legend) {
    body += besideTitle
      ? legendRow(legend, ctx.width - 12 - legendW, 22)
      : legendRow(legend, 12, 44);
  }
  for (const [i, c] of spec.charts.entries()) {
    body += renderCell(legend && c.type !== 'heatmap' ? { ...c, legend: 'none' } : c, {
      width: cw,
      height: ch,
      id: `${ctx.id}-${i}`,
      x: (i % columns) * cw,
      y: head + Math.floor(i / columns) * ch,
    });
  }
  const summary = `${n} charts in ${rows} row${rows === 1 ? '' : 's'} of ${columns}: ${spec.charts.map((c) => c.title).join('; ')}.`;
  return svgDocument({
    ...ctx,
    title: spec.title,
    desc: joinDesc(spec.description, summary),
    body,
  });
}
