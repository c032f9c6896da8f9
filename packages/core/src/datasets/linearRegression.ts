import { ArgumentError } from '../errors.js';
import { Tensor } from '../tensor/Tensor.js';
import { checkDatasetOptions, type DatasetOptions } from './types.js';

/** Options of `linearRegression`. */
export interface LinearRegressionOptions extends DatasetOptions {
  /** Number of input features. Default 1 (or weights.length). */
  dim?: number;
  /** True weights w; drawn from N(0, 1) when omitted. */
  weights?: readonly number[];
  /** True intercept b. Default 0. */
  bias?: number;
}

/** A regression data set with the parameters that generated it. */
export interface RegressionDataset {
  x: Tensor;
  y: Tensor;
  weights: Tensor;
  bias: number;
}

/** Noisy linear data: x ~ N(0, I_d), y = x w + b + noise * N(0, 1) (noise defaults to 0.1); y is [n, 1]. */
export function linearRegression(options: LinearRegressionOptions): RegressionDataset {
  checkDatasetOptions('linearRegression', options);
  const { n, rng, noise = 0.1, bias = 0 } = options;
  const dim = options.dim ?? options.weights?.length ?? 1;
  if (!Number.isInteger(dim) || dim < 1)
    throw new ArgumentError(`linearRegression: dim must be a positive integer, got ${dim}`);
  if (options.weights !== undefined && options.weights.length !== dim) {
    throw new ArgumentError(`linearRegression: ${options.weights.length} weights for dim ${dim}`);
  }
  const w = Float64Array.from(options.weights ?? Array.from({ length: dim }, () => rng.normal()));
  const x = new Float64Array(n * dim);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = bias;
    for (let j = 0; j < dim; j++) {
      const v = rng.normal();
      x[i * dim + j] = v;
      s += v * w[j]!;
    }
    y[i] = s + noise * rng.normal();
  }
  return {
    x: new Tensor(x, [n, dim]),
    y: new Tensor(y, [n, 1]),
    weights: new Tensor(w, [dim]),
    bias,
  };
}
