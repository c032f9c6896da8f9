import { BatchNormError } from '../errors.js';
import type { BatchNormKernels, FloatArray } from '../kernels/types.js';
import type { ChannelLayout } from './channelLayout.js';

/** Gradients of one batch-norm call. */
export interface BatchNormGradients<T extends FloatArray> {
  /** dL/dx, same layout and type as x */
  readonly dx: T;
  /** dL/dgamma = sum(dy * x_hat) per channel (as if gamma = 1 when none was given) */
  readonly dgamma: Float64Array;
  /** dL/dbeta = sum(dy) per channel */
  readonly dbeta: Float64Array;
}

/** The backward of one call: dy (same layout as x) -> gradients; `out` receives dx. */
export type BatchNormBackward<T extends FloatArray> = (
  dy: FloatArray,
  options?: { out?: T },
) => BatchNormGradients<T>;

/**
 * Builds the analytic backward. With batch statistics (x_hat = (x - mu) * invStd, m values per
 * channel, dxh = dy * gamma): dx = invStd * (dxh - mean(dxh) - x_hat * mean(dxh * x_hat)).
 * With running statistics the mean and variance are constants: dx = gamma * invStd * dy.
 */
export function makeBackward<T extends FloatArray>(
  x: T,
  layout: ChannelLayout,
  center: Float64Array,
  invStd: Float64Array,
  gamma: Float64Array,
  batchStatistics: boolean,
  kernels: BatchNormKernels,
): BatchNormBackward<T> {
  const { n, c, s, m } = layout;
  return (dy, options = {}) => {
    if (dy.length !== x.length) {
      throw new BatchNormError(
        `batchNorm backward: dy has length ${dy.length} but the input has ${x.length}`,
      );
    }
    const dx = options.out ?? (new (x.constructor as new (k: number) => T)(x.length) as T);
    if (dx.length !== x.length) {
      throw new BatchNormError(
        `batchNorm backward: out has length ${dx.length} but the input has ${x.length}`,
      );
    }
    const dbeta = new Float64Array(c);
    const sumDyCentered = new Float64Array(c);
    kernels.gradSums(dy, x, n, c, s, center, dbeta, sumDyCentered);
    const dgamma = new Float64Array(c);
    const p = new Float64Array(c);
    const r = new Float64Array(c);
    const q = new Float64Array(c);
    for (let j = 0; j < c; j++) {
      const is = invStd[j]!;
      const k = gamma[j]! * is;
      dgamma[j] = sumDyCentered[j]! * is;
      p[j] = k;
      if (batchStatistics) {
        // -mean(dxh * x_hat) * x_hat * invStd and -mean(dxh) * invStd, folded per channel
        r[j] = (-k * is * is * sumDyCentered[j]!) / m;
        q[j] = (-k * dbeta[j]!) / m;
      }
    }
    kernels.gradInput(dy, x, n, c, s, center, p, r, q, dx);
    return { dx, dgamma, dbeta };
  };
}
