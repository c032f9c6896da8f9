import { label } from '../data/label.js';
import type { BarChart } from '../spec/bar.js';
import { bold, paint } from './ansi.js';
import { clip } from './frame.js';
import { ansiSeries, legendLines } from './legend.js';
import type { TerminalContext } from './options.js';

const PARTIAL = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A horizontal bar of `len` cells (fractional ends in eighths), drawn left to right. */
function barRight(len: number, ch: string): string {
  const whole = Math.floor(len);
  const frac = Math.round((len - whole) * 8);
  return (
    ch.repeat(whole) + (ch === '█' ? (frac === 8 ? '█' : PARTIAL[frac]!) : frac >= 4 ? ch : '')
  );
}

/** Grouped bars drawn horizontally, one line per category and series, negatives to the left of the zero line. */
export function barTerminal(spec: BarChart, ctx: TerminalContext): string[] {
  const logMag = spec.valueScale === 'log-magnitude';
  const catW = Math.max(0, ...spec.categories.map((c) => [...c].length));
  const serW =
    spec.series.length > 1 ? Math.max(...spec.series.map((s) => [...s.name].length)) + 1 : 0;
  const all = spec.series
    .flatMap((s) => s.values)
    .filter((v) => Number.isFinite(v) && (!logMag || v !== 0));
  const valW = Math.max(4, ...all.map((v) => label(v).length)) + 1;
  const barW = Math.max(6, ctx.width - catW - serW - valW - 3);
  const out = [bold(clip(spec.title, ctx.width), ctx.color)];
  if (spec.yLabel || logMag)
    out.push(
      `${' '.repeat(catW + serW + 1)}${logMag ? `|${spec.yLabel ?? 'value'}|, log scale` : spec.yLabel}`,
    );
  let scale: (v: number) => number;
  let negW = 0;
  if (logMag) {
    const mags = all.map(Math.abs);
    // One decade of headroom below the smallest magnitude, so it still gets a visible bar.
    const lo = Math.floor(Math.log10(Math.min(...mags, 1)) - 1e-9);
    const hi = Math.ceil(Math.log10(Math.max(...mags, 1e-300)));
    const span = Math.max(1, hi - lo);
    scale = (v) => (Math.log10(Math.abs(v)) - lo + 0.0001) * (barW / span);
    out.push(
      `${' '.repeat(catW + serW + 1)}└ 1e${lo}${' '.repeat(Math.max(1, barW - 8 - String(hi).length))}1e${hi} ┘`,
    );
  } else {
    const neg = Math.max(0, ...all.map((v) => -v));
    const pos = Math.max(0, ...all.map((v) => v));
    const total = neg + pos || 1;
    negW = Math.round((barW * neg) / total);
    scale = (v) => (Math.abs(v) / total) * barW;
  }
  for (const [ci, cat] of spec.categories.entries()) {
    for (const [si, s] of spec.series.entries()) {
      const v = s.values[ci]!;
      const fg = ansiSeries(s.colorIndex ?? si);
      const head = `${(si === 0 ? cat : '').padEnd(catW)} ${spec.series.length > 1 ? s.name.padEnd(serW - 1) : ''}${serW ? ' ' : ''}`;
      if (!Number.isFinite(v) || (logMag && v === 0)) {
        out.push(
          `${head}${' '.repeat(negW)}│ (${Number.isFinite(v) ? 'zero' : 'not finite'}, not drawn)`,
        );
        continue;
      }
      if (logMag) {
        const ch = v < 0 ? '░' : '█';
        out.push(`${head}${paint(barRight(scale(v), ch), fg, ctx.color)} ${label(v)}`);
      } else if (v < 0) {
        const len = Math.round(scale(v));
        out.push(
          `${head}${' '.repeat(Math.max(0, negW - len))}${paint('█'.repeat(len), fg, ctx.color)}│ ${label(v)}`,
        );
      } else {
        out.push(
          `${head}${' '.repeat(negW)}│${paint(barRight(scale(v), '█'), fg, ctx.color)} ${label(v)}`,
        );
      }
    }
  }
  if (spec.xLabel) out.push(`(rows: ${spec.xLabel})`);
  if (spec.series.length > 1)
    out.push(
      ...legendLines(
        spec.series.map((s) => s.name),
        ctx.width,
        ctx.color,
        (i) => spec.series[i]!.colorIndex ?? i,
        () => '██',
      ),
    );
  if (logMag) out.push('█ positive   ░ negative');
  return out;
}
