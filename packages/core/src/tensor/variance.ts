import { ArgumentError, formatShape } from '../errors.js';
import { sub } from './arithmetic.js';
import { type Axis, mean, reductionCount, sum } from './reduce.js';
import type { Tensor } from './Tensor.js';

/** Options of `variance`. */
export interface VarianceOptions {
  /** Axis or axes to reduce; all by default. */
  axis?: Axis;
  /** Divide by n - correction: 0 gives the biased (population) variance, 1 the unbiased one. */
  correction?: number;
  /** Keep reduced axes as size-1 dimensions. */
  keepDims?: boolean;
}

/**
 * Variance sum((t - mean)^2) / (n - correction), computed in two passes (mean first, then
 * squared deviations) so it stays accurate when |mean| >> std, unlike E[x^2] - E[x]^2.
 */
export function variance(t: Tensor, options: VarianceOptions = {}): Tensor {
  const { axis, correction = 0, keepDims = false } = options;
  if (!Number.isInteger(correction) || correction < 0) {
    throw new ArgumentError(
      `variance: correction must be a non-negative integer (0 or 1), got ${correction}`,
    );
  }
  const n = reductionCount('variance', t.shape, axis);
  if (n - correction <= 0) {
    throw new ArgumentError(
      `variance: ${n} value(s) per output with correction ${correction} leaves no degrees of freedom (shape ${formatShape(t.shape)})`,
    );
  }
  const centered = sub(t, mean(t, axis, true));
  const d = centered.data;
  for (let i = 0; i < d.length; i++) d[i] = d[i]! * d[i]!;
  const out = sum(centered, axis, keepDims);
  const od = out.data;
  for (let i = 0; i < od.length; i++) od[i]! /= n - correction;
  return out;
}
