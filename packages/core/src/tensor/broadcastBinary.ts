import { broadcastShapes, shapeSize, stridesOf } from './shape.js';
import { Tensor } from './Tensor.js';

/** A tensor or a plain number (treated as a scalar tensor). */
export type TensorLike = Tensor | number;

/** Wraps a number as a shape-[] tensor; passes tensors through. */
export function asTensor(x: TensorLike): Tensor {
  return typeof x === 'number' ? new Tensor(Float64Array.of(x), []) : x;
}

/** Applies f elementwise over the NumPy broadcast of a and b: out_i = f(a_i', b_i''). */
export function broadcastBinary(
  op: string,
  x: TensorLike,
  y: TensorLike,
  f: (u: number, v: number) => number,
): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  const ad = a.data;
  const bd = b.data;
  if (b.size === 1 && a.ndim >= b.ndim) {
    const out = new Float64Array(a.size);
    const v = bd[0]!;
    for (let i = 0; i < out.length; i++) out[i] = f(ad[i]!, v);
    return new Tensor(out, a.shape);
  }
  if (a.size === 1 && b.ndim >= a.ndim) {
    const out = new Float64Array(b.size);
    const u = ad[0]!;
    for (let i = 0; i < out.length; i++) out[i] = f(u, bd[i]!);
    return new Tensor(out, b.shape);
  }
  const shape = broadcastShapes(a.shape, b.shape, op);
  const n = shapeSize(shape);
  const out = new Float64Array(n);
  if (a.size === n && b.size === n) {
    for (let i = 0; i < n; i++) out[i] = f(ad[i]!, bd[i]!);
    return new Tensor(out, shape);
  }
  // General case: walk the output index like an odometer, moving each input by its own
  // stride (0 along broadcast dimensions).
  const nd = shape.length;
  const sa = broadcastStrides(a.shape, nd);
  const sb = broadcastStrides(b.shape, nd);
  const idx = new Array<number>(nd).fill(0);
  let ia = 0;
  let ib = 0;
  for (let i = 0; i < n; i++) {
    out[i] = f(ad[ia]!, bd[ib]!);
    for (let d = nd - 1; d >= 0; d--) {
      idx[d]!++;
      ia += sa[d]!;
      ib += sb[d]!;
      if (idx[d]! < shape[d]!) break;
      ia -= sa[d]! * shape[d]!;
      ib -= sb[d]! * shape[d]!;
      idx[d] = 0;
    }
  }
  return new Tensor(out, shape);
}

/** Strides of `shape` right-aligned to `nd` dimensions, 0 where the input is broadcast. */
export function broadcastStrides(shape: readonly number[], nd: number): number[] {
  const own = stridesOf(shape);
  const out = new Array<number>(nd).fill(0);
  const off = nd - shape.length;
  for (let i = 0; i < shape.length; i++) out[off + i] = shape[i] === 1 ? 0 : own[i]!;
  return out;
}
