import type { FloatArray } from './types.js';

/**
 * Per-channel mean and biased variance of x laid out as [n, c, s], by the corrected two-pass
 * algorithm: var = (sum(d^2) - sum(d)^2 / m) / m with d = x - mean. Never E[x^2] - E[x]^2, which
 * loses every digit when the offset dwarfs the spread (1e6 + noise of 1e-3).
 */
export function moments(
  x: FloatArray,
  n: number,
  c: number,
  s: number,
  mean: Float64Array,
  variance: Float64Array,
): void {
  const m = n * s;
  const sumD = new Float64Array(c);
  mean.fill(0);
  variance.fill(0);
  if (s === 1) {
    // [N, C]: walk rows in memory order and accumulate into per-channel slots, four rows at a
    // time so each slot is loaded and stored once per four values.
    const n4 = n - (n % 4);
    for (let i = 0; i < n4; i += 4) {
      const o0 = i * c;
      const o1 = o0 + c;
      const o2 = o1 + c;
      const o3 = o2 + c;
      for (let j = 0; j < c; j++) mean[j]! += x[o0 + j]! + x[o1 + j]! + (x[o2 + j]! + x[o3 + j]!);
    }
    for (let o = n4 * c, end = n * c; o < end; o += c) {
      for (let j = 0; j < c; j++) mean[j]! += x[o + j]!;
    }
    for (let j = 0; j < c; j++) mean[j]! /= m;
    for (let i = 0; i < n4; i += 4) {
      const o0 = i * c;
      const o1 = o0 + c;
      const o2 = o1 + c;
      const o3 = o2 + c;
      for (let j = 0; j < c; j++) {
        const mu = mean[j]!;
        const d0 = x[o0 + j]! - mu;
        const d1 = x[o1 + j]! - mu;
        const d2 = x[o2 + j]! - mu;
        const d3 = x[o3 + j]! - mu;
        sumD[j]! += d0 + d1 + (d2 + d3);
        variance[j]! += d0 * d0 + d1 * d1 + (d2 * d2 + d3 * d3);
      }
    }
    for (let o = n4 * c, end = n * c; o < end; o += c) {
      for (let j = 0; j < c; j++) {
        const d = x[o + j]! - mean[j]!;
        sumD[j]! += d;
        variance[j]! += d * d;
      }
    }
  } else {
    // [N, C, ...spatial]: each (sample, channel) block of s values is contiguous.
    for (let i = 0, o = 0; i < n; i++) {
      for (let j = 0; j < c; j++, o += s) {
        let acc = 0;
        for (let k = o, e = o + s; k < e; k++) acc += x[k]!;
        mean[j]! += acc;
      }
    }
    for (let j = 0; j < c; j++) mean[j]! /= m;
    for (let i = 0, o = 0; i < n; i++) {
      for (let j = 0; j < c; j++, o += s) {
        const mu = mean[j]!;
        let a1 = 0;
        let a2 = 0;
        for (let k = o, e = o + s; k < e; k++) {
          const d = x[k]! - mu;
          a1 += d;
          a2 += d * d;
        }
        sumD[j]! += a1;
        variance[j]! += a2;
      }
    }
  }
  for (let j = 0; j < c; j++) {
    const d = sumD[j]!;
    variance[j] = (variance[j]! - (d * d) / m) / m;
  }
}
