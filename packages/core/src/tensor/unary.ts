import { Tensor } from './Tensor.js';

/** Applies f to every element: out_i = f(t_i). */
export function map(t: Tensor, f: (v: number) => number): Tensor {
  const src = t.data;
  const out = new Float64Array(src.length);
  for (let i = 0; i < src.length; i++) out[i] = f(src[i]!);
  return new Tensor(out, t.shape);
}

/** -t elementwise. */
export const neg = (t: Tensor): Tensor => map(t, (v) => -v);
/** e^t elementwise. */
export const exp = (t: Tensor): Tensor => map(t, Math.exp);
/** Natural log of t elementwise. */
export const log = (t: Tensor): Tensor => map(t, Math.log);
/** Square root of t elementwise. */
export const sqrt = (t: Tensor): Tensor => map(t, Math.sqrt);
/** |t| elementwise. */
export const abs = (t: Tensor): Tensor => map(t, Math.abs);
/** tanh(t) elementwise. */
export const tanh = (t: Tensor): Tensor => map(t, Math.tanh);
/** max(t, 0) elementwise. */
export const relu = (t: Tensor): Tensor => map(t, (v) => Math.max(v, 0));
/** t^2 elementwise. */
export const square = (t: Tensor): Tensor => map(t, (v) => v * v);

/** Logistic 1 / (1 + e^-t) elementwise, evaluated without overflow for large |t|. */
export const sigmoid = (t: Tensor): Tensor =>
  map(t, (v) => {
    if (v >= 0) return 1 / (1 + Math.exp(-v));
    const e = Math.exp(v);
    return e / (1 + e);
  });
