import type { FloatArray } from './types.js';

/** out = (x - center[c]) * scale[c] + bias[c] over x laid out as [n, c, s]. */
export function affine(
  x: FloatArray,
  n: number,
  c: number,
  s: number,
  center: Float64Array,
  scale: Float64Array,
  bias: Float64Array,
  out: FloatArray,
): void {
  if (s === 1) {
    // four rows at a time: each channel's constants are loaded once per four values
    const n4 = n - (n % 4);
    for (let i = 0; i < n4; i += 4) {
      const o0 = i * c;
      const o1 = o0 + c;
      const o2 = o1 + c;
      const o3 = o2 + c;
      for (let j = 0; j < c; j++) {
        const mu = center[j]!;
        const k = scale[j]!;
        const b = bias[j]!;
        out[o0 + j] = (x[o0 + j]! - mu) * k + b;
        out[o1 + j] = (x[o1 + j]! - mu) * k + b;
        out[o2 + j] = (x[o2 + j]! - mu) * k + b;
        out[o3 + j] = (x[o3 + j]! - mu) * k + b;
      }
    }
    for (let o = n4 * c, end = n * c; o < end; o += c) {
      for (let j = 0; j < c; j++) out[o + j] = (x[o + j]! - center[j]!) * scale[j]! + bias[j]!;
    }
    return;
  }
  for (let i = 0, o = 0; i < n; i++) {
    for (let j = 0; j < c; j++, o += s) {
      const mu = center[j]!;
      const k = scale[j]!;
      const b = bias[j]!;
      for (let t = o, e = o + s; t < e; t++) out[t] = (x[t]! - mu) * k + b;
    }
  }
}
