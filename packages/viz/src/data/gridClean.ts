import type { GridSamples } from '../spec/contour.js';

/** Grid values with non-finite samples replaced by the finite minimum, plus the range and count replaced. */
export function cleanGrid(g: GridSamples): { z: number[]; lo: number; hi: number; bad: number } {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let bad = 0;
  const vals = g.z.map((v) => (Number.isFinite(v) ? Math.max(-1e300, Math.min(1e300, v)) : v));
  for (const v of vals) {
    if (!Number.isFinite(v)) bad++;
    else {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (lo > hi) {
    lo = 0;
    hi = 0;
  }
  return { z: vals.map((v) => (Number.isFinite(v) ? v : lo)), lo, hi, bad };
}

/** Maps a fractional sample index to a data coordinate by interpolating the sample positions. */
export function indexToData(pos: readonly number[], t: number): number {
  const n = pos.length;
  const c = Math.max(0, Math.min(n - 1, t));
  const i = Math.min(n - 2, Math.floor(c));
  const a = pos[i]!;
  const b = pos[i + 1]!;
  return a + (b - a) * (c - i);
}
