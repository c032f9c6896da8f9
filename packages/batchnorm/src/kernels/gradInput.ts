import type { FloatArray } from './types.js';

/** out = dy * p[c] + (x - center[c]) * r[c] + q[c] over [n, c, s] data. */
export function gradInput(
  dy: FloatArray,
  x: FloatArray,
  n: number,
  c: number,
  s: number,
  center: Float64Array,
  p: Float64Array,
  r: Float64Array,
  q: Float64Array,
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
        const pj = p[j]!;
        const rj = r[j]!;
        const qj = q[j]!;
        out[o0 + j] = dy[o0 + j]! * pj + (x[o0 + j]! - mu) * rj + qj;
        out[o1 + j] = dy[o1 + j]! * pj + (x[o1 + j]! - mu) * rj + qj;
        out[o2 + j] = dy[o2 + j]! * pj + (x[o2 + j]! - mu) * rj + qj;
        out[o3 + j] = dy[o3 + j]! * pj + (x[o3 + j]! - mu) * rj + qj;
      }
    }
    for (let o = n4 * c, end = n * c; o < end; o += c) {
      for (let j = 0; j < c; j++) {
        out[o + j] = dy[o + j]! * p[j]! + (x[o + j]! - center[j]!) * r[j]! + q[j]!;
      }
    }
    return;
  }
  for (let i = 0, o = 0; i < n; i++) {
    for (let j = 0; j < c; j++, o += s) {
      const mu = center[j]!;
      const pj = p[j]!;
      const rj = r[j]!;
      const qj = q[j]!;
      for (let t = o, e = o + s; t < e; t++) out[t] = dy[t]! * pj + (x[t]! - mu) * rj + qj;
    }
  }
}
