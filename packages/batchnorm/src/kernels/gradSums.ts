import type { FloatArray } from './types.js';

/** sumDy[c] = sum(dy) and sumDyCentered[c] = sum(dy * (x - center[c])) over [n, c, s] data. */
export function gradSums(
  dy: FloatArray,
  x: FloatArray,
  n: number,
  c: number,
  s: number,
  center: Float64Array,
  sumDy: Float64Array,
  sumDyCentered: Float64Array,
): void {
  sumDy.fill(0);
  sumDyCentered.fill(0);
  if (s === 1) {
    // four rows at a time: each channel's slots are loaded and stored once per four values
    const n4 = n - (n % 4);
    for (let i = 0; i < n4; i += 4) {
      const o0 = i * c;
      const o1 = o0 + c;
      const o2 = o1 + c;
      const o3 = o2 + c;
      for (let j = 0; j < c; j++) {
        const mu = center[j]!;
        const g0 = dy[o0 + j]!;
        const g1 = dy[o1 + j]!;
        const g2 = dy[o2 + j]!;
        const g3 = dy[o3 + j]!;
        sumDy[j]! += g0 + g1 + (g2 + g3);
        sumDyCentered[j]! +=
          g0 * (x[o0 + j]! - mu) +
          g1 * (x[o1 + j]! - mu) +
          (g2 * (x[o2 + j]! - mu) + g3 * (x[o3 + j]! - mu));
      }
    }
    for (let o = n4 * c, end = n * c; o < end; o += c) {
      for (let j = 0; j < c; j++) {
        const g = dy[o + j]!;
        sumDy[j]! += g;
        sumDyCentered[j]! += g * (x[o + j]! - center[j]!);
      }
    }
    return;
  }
  for (let i = 0, o = 0; i < n; i++) {
    for (let j = 0; j < c; j++, o += s) {
      const mu = center[j]!;
      let a1 = 0;
      let a2 = 0;
      for (let t = o, e = o + s; t < e; t++) {
        const g = dy[t]!;
        a1 += g;
        a2 += g * (x[t]! - mu);
      }
      sumDy[j]! += a1;
      sumDyCentered[j]! += a2;
    }
  }
}
