import type { Rng } from '../rng/createRng.js';
import { checkShape, shapeSize } from './shape.js';
import { Tensor } from './Tensor.js';

/** Tensor of independent uniform draws on [lo, hi) from `rng`. */
export function rand(shape: readonly number[], rng: Rng, lo = 0, hi = 1): Tensor {
  const s = checkShape('rand', shape);
  const data = new Float64Array(shapeSize(s));
  for (let i = 0; i < data.length; i++) data[i] = rng.uniform(lo, hi);
  return new Tensor(data, s);
}

/** Tensor of independent normal draws N(mean, std^2) from `rng`. */
export function randn(shape: readonly number[], rng: Rng, mean = 0, std = 1): Tensor {
  const s = checkShape('randn', shape);
  const data = new Float64Array(shapeSize(s));
  for (let i = 0; i < data.length; i++) data[i] = rng.normal(mean, std);
  return new Tensor(data, s);
}
