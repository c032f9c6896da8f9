import type { GridChart } from '../spec/grid.js';
import { bold, padVisible } from './ansi.js';
import { clip } from './frame.js';
import type { TerminalContext } from './options.js';

/** Small multiples: charts side by side when each gets at least 36 columns, otherwise stacked. */
export function gridTerminal(
  spec: GridChart,
  ctx: TerminalContext,
  renderCell: (cell: GridChart['charts'][number], cellCtx: TerminalContext) => string[],
): string[] {
  const n = spec.charts.length;
  const want = Math.max(1, Math.round(spec.columns ?? Math.min(n, 3)) || 1);
  const columns = Math.max(1, Math.min(want, Math.floor((ctx.width + 2) / 38)));
  const cw = Math.floor((ctx.width - 2 * (columns - 1)) / columns);
  const out = [bold(clip(spec.title, ctx.width), ctx.color)];
  for (let i = 0; i < n; i += columns) {
    const blocks = spec.charts
      .slice(i, i + columns)
      .map((c) =>
        renderCell(c, { ...ctx, width: cw, height: Math.max(10, Math.floor(ctx.height / 2)) }),
      );
    const h = Math.max(...blocks.map((b) => b.length));
    out.push('');
    for (let r = 0; r < h; r++) out.push(blocks.map((b) => padVisible(b[r] ?? '', cw)).join('  '));
  }
  return out;
}
