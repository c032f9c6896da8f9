import type { AxisScale } from '../spec/common.js';

/** A run of consecutive plottable points (a polyline without gaps). */
export type Run = [number, number][];

/** Whether a value can be placed on an axis of the given scale. */
export function plottable(v: number, scale: AxisScale | undefined): boolean {
  return Number.isFinite(v) && (scale !== 'log' || v > 0);
}

/** Splits paired x/y arrays into gap-free runs, dropping points that cannot be plotted; returns the drop count. */
export function toRuns(
  x: readonly number[],
  y: readonly number[],
  xs: AxisScale | undefined,
  ys: AxisScale | undefined,
): { runs: Run[]; dropped: number } {
  const runs: Run[] = [];
  let cur: Run = [];
  let dropped = 0;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (plottable(a, xs) && plottable(b, ys)) cur.push([clampMag(a), clampMag(b)]);
    else {
      dropped++;
      if (cur.length) runs.push(cur);
      cur = [];
    }
  }
  if (cur.length) runs.push(cur);
  return { runs, dropped };
}

/** Finite [min, max] of the values that can be plotted, or undefined when there are none. */
export function extentOf(
  values: Iterable<number>,
  scale?: AxisScale,
): [number, number] | undefined {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!plottable(v, scale)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return undefined;
  // Keep spans finite (hi - lo must not overflow) and log domains away from zero.
  const floor = scale === 'log' ? LOG_MIN : -MAG;
  return [Math.min(MAG, Math.max(floor, lo)), Math.min(MAG, Math.max(floor, hi))];
}

/** Largest magnitude an axis extent may reach; beyond it spans overflow. */
export const MAG = 1e300;
/** Smallest positive value a log axis extent may reach. */
export const LOG_MIN = 1e-300;

/** Limits a finite value to ±MAG so scaling it cannot overflow to Infinity or NaN. */
export function clampMag(v: number): number {
  return Math.max(-MAG, Math.min(MAG, v));
}
