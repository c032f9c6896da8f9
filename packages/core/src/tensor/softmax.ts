import { normalizeAxis, shapeSize } from './shape.js';
import { Tensor } from './Tensor.js';

function alongAxis(op: string, t: Tensor, axis: number, log: boolean): Tensor {
  const a = normalizeAxis(op, axis, t.ndim);
  const n = t.shape[a]!;
  const outer = shapeSize(t.shape.slice(0, a));
  const inner = shapeSize(t.shape.slice(a + 1));
  const src = t.data;
  const out = new Float64Array(t.size);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * n * inner + i;
      // Subtracting the max keeps every exponent <= 0, so nothing overflows.
      let m = Number.NEGATIVE_INFINITY;
      for (let r = 0; r < n; r++) m = Math.max(m, src[base + r * inner]!);
      let z = 0;
      for (let r = 0; r < n; r++) z += Math.exp(src[base + r * inner]! - m);
      if (log) {
        const lz = m + Math.log(z);
        for (let r = 0; r < n; r++) out[base + r * inner] = src[base + r * inner]! - lz;
      } else {
        for (let r = 0; r < n; r++)
          out[base + r * inner] = Math.exp(src[base + r * inner]! - m) / z;
      }
    }
  }
  return new Tensor(out, t.shape);
}

/** Softmax along `axis`: exp(t_i - max) / sum_j exp(t_j - max), numerically stable. */
export function softmax(t: Tensor, axis = -1): Tensor {
  return alongAxis('softmax', t, axis, false);
}

/** Log-softmax along `axis`: t_i - max - log sum_j exp(t_j - max), numerically stable. */
export function logSoftmax(t: Tensor, axis = -1): Tensor {
  return alongAxis('logSoftmax', t, axis, true);
}
