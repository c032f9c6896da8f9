import { format } from 'd3-format';

const short = format('~r');
const sig = format('.3~g');

/** Formats a data value for a label or description: up to 3 significant digits, "–" when not finite. */
export function label(v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e6) return sig(v).replace('-', '−');
  return format('.2~e')(v).replace('-', '−').replace('e+', 'e');
}

/** Formats a tick value: the shortest exact representation for nice numbers, exponents for extremes. */
export function tickLabel(v: number): string {
  const a = Math.abs(v);
  if (v !== 0 && (a < 1e-3 || a >= 1e6)) return label(v);
  return short(Number(v.toPrecision(12))).replace('-', '−');
}
