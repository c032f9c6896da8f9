import type { Rng } from '../rng/createRng.js';
import { Tensor } from '../tensor/Tensor.js';
import type { ClassificationDataset } from './types.js';

/** Applies one random permutation to the rows of x and to y, so classes are interleaved. */
export function shuffled(
  x: Float64Array,
  y: Int32Array,
  d: number,
  classes: number,
  rng: Rng,
): ClassificationDataset {
  const n = y.length;
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const xs = new Float64Array(n * d);
  const ys = new Int32Array(n);
  order.forEach((src, i) => {
    xs.set(x.subarray(src * d, (src + 1) * d), i * d);
    ys[i] = y[src]!;
  });
  return { x: new Tensor(xs, [n, d]), y: ys, classes };
}
