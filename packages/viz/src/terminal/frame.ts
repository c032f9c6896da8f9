import type { NumericAxis } from '../svg/scale.js';
import { bold, padVisible } from './ansi.js';

/** Text lines of a chart body framed by a title, y tick labels, an x axis with tick labels, and axis labels. */
export function frameLines(opts: {
  title: string;
  color: boolean;
  plot: string[];
  plotWidth: number;
  gutter: number;
  y?: NumericAxis;
  x?: NumericAxis;
  xLabel?: string;
  yLabel?: string;
  footer?: string[];
}): string[] {
  const { plot, plotWidth, gutter, y, x } = opts;
  const out = [bold(clip(opts.title, gutter + plotWidth), opts.color)];
  if (opts.yLabel) out.push(`${' '.repeat(Math.max(0, gutter - 1))}${opts.yLabel}`);
  const yLabels = new Map<number, string>();
  if (y) {
    // One label per used row, nearest tick wins; rows are cell centres.
    for (const [i, t] of y.ticks.entries()) {
      const row = Math.round(y.scale(t) / 4 - 0.5);
      if (row >= 0 && row < plot.length && !yLabels.has(row)) yLabels.set(row, y.labels[i] ?? '');
    }
  }
  for (const [r, line] of plot.entries()) {
    const lab = yLabels.get(r) ?? '';
    out.push(
      `${lab.padStart(gutter - 2).slice(-(gutter - 2))} ${yLabels.has(r) ? '┤' : '│'}${line}`,
    );
  }
  out.push(`${' '.repeat(gutter - 1)}└${'─'.repeat(plotWidth)}`);
  if (x) {
    const row = new Array<string>(plotWidth + gutter + 1).fill(' ');
    let free = 0;
    for (const [i, t] of x.ticks.entries()) {
      const lab = x.labels[i] ?? '';
      const c = gutter + Math.round(x.scale(t) / 2 - 0.5);
      const start = Math.max(free, c - Math.floor(lab.length / 2));
      if (start > c || start + lab.length > row.length) continue;
      [...lab].forEach((ch, k) => {
        row[start + k] = ch;
      });
      free = start + lab.length + 2;
    }
    out.push(row.join('').trimEnd());
  }
  if (opts.xLabel)
    out.push(
      padVisible('', gutter + Math.max(0, Math.floor((plotWidth - opts.xLabel.length) / 2))) +
        opts.xLabel,
    );
  out.push(...(opts.footer ?? []));
  return out;
}

/** Shortens text to at most `n` columns, ending in an ellipsis when cut. */
export function clip(s: string, n: number): string {
  const cps = [...s];
  return cps.length <= n ? s : `${cps.slice(0, Math.max(0, n - 1)).join('')}…`;
}
