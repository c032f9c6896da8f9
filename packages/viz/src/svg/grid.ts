import { joinDesc } from '../data/describe.js';
import type { GridChart } from '../spec/grid.js';
import { svgDocument } from './document.js';
import { text } from './el.js';
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
  const head = 32;
  const cw = ctx.width / columns;
  const ch = (ctx.height - head) / rows;
  let body = text({ x: 12, y: 22, 'font-size': '15', 'font-weight': '600' }, spec.title);
  for (const [i, c] of spec.charts.entries()) {
    body += renderCell(c, {
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
