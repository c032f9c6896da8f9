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
    // [N, C]: walk rows in memory order and accumulate into per-channel slots, eight rows at a
    // time so each slot is loaded and stored once per eight values. The adds stay in row order:
    // with a large offset dx is sensitive to the last ulp of the mean (through invStd^2), and
    // this order reproduces PyTorch's large-offset fixture where a pairwise order did not.
    const n8 = n - (n % 8);
    for (let i = 0; i < n8; i += 8) {
      const o = i * c;
      for (let j = o, e = o + c; j < e; j++) {
        let a = mean[j - o]!;
        a += x[j]!;
        a += x[j + c]!;
        a += x[j + 2 * c]!;
        a += x[j + 3 * c]!;
        a += x[j + 4 * c]!;
        a += x[j + 5 * c]!;
        a += x[j + 6 * c]!;
        a += x[j + 7 * c]!;
        mean[j - o] = a;
      }
    }
    for (let o = n8 * c, end = n * c; o < end; o += c) {
      for (let j = 0; j < c; j++) mean[j]! += x[o + j]!;
    }
    for (let j = 0; j < c; j++) mean[j]! /= m;
    for (let i = 0; i < n8; i += 8) {
      const o = i * c;
      for (let j = 0; j < c; j++) {
        const mu = mean[j]!;
        const k = o + j;
        const d0 = x[k]! - mu;
        const d1 = x[k + c]! - mu;
        const d2 = x[k + 2 * c]! - mu;
        const d3 = x[k + 3 * c]! - mu;
        const d4 = x[k + 4 * c]! - mu;
        const d5 = x[k + 5 * c]! - mu;
        const d6 = x[k + 6 * c]! - mu;
        const d7 = x[k + 7 * c]! - mu;
        sumD[j]! += d0 + d1 + (d2 + d3) + (d4 + d5 + (d6 + d7));
        variance[j]! +=
          d0 * d0 + d1 * d1 + (d2 * d2 + d3 * d3) + (d4 * d4 + d5 * d5 + (d6 * d6 + d7 * d7));
      }
    }
    for (let o = n8 * c, end = n * c; o < end; o += c) {
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
        let acc = mean[j]!;
        for (let k = o, e = o + s; k < e; k++) acc += x[k]!;
        mean[j] = acc;
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
