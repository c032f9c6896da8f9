import { ticks } from 'd3-array';
import type { ContourLevels } from '../spec/contour.js';

/** Contour thresholds inside [lo, hi]: nice ticks, geometric (log) spacing, or the explicit finite values. */
export function contourThresholds(
  levels: ContourLevels | undefined,
  lo: number,
  hi: number,
): number[] {
  if (typeof levels === 'object' && 'values' in levels) {
    return [...new Set(levels.values.filter(Number.isFinite))].sort((a, b) => a - b);
  }
  const count = Math.max(1, Math.round(typeof levels === 'object' ? levels.count : (levels ?? 10)));
  if (hi <= lo) return [lo];
  if (typeof levels === 'object' && levels.log) {
    // Geometric spacing needs positive values; shift so the minimum maps to a small positive floor.
    // Levels more than five decades below the top are invisible in practice, so start there.
    if (hi > 0 && lo < hi * 1e-5) lo = hi * 1e-5;
    const shift = lo > 0 ? 0 : -lo + (hi - lo) * 1e-3;
    const a = Math.log(lo + shift);
    const b = Math.log(hi + shift);
    return Array.from(
      { length: count },
      (_, i) => Math.exp(a + ((b - a) * (i + 0.5)) / count) - shift,
    );
  }
  const t = ticks(lo, hi, count).filter((v) => v > lo && v < hi);
  return t.length ? t : [(lo + hi) / 2];
}
