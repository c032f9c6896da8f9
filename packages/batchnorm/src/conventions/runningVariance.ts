import { BatchNormError } from '../errors.js';

function checkCount(m: number, who: string): void {
  if (!Number.isInteger(m) || m < 2) {
    throw new BatchNormError(`${who}: values per channel m must be an integer >= 2, got ${m}`);
  }
}

/**
 * Keras / tfjs biased moving variance -> PyTorch's unbiased running variance, times m / (m - 1)
 * for m values per channel per batch. Exact for an average of same-sized batches whose initial
 * value was converted too (both frameworks start at 1, so early on it is approximate).
 */
export function biasedToUnbiasedVariance(variance: ArrayLike<number>, m: number): Float64Array {
  checkCount(m, 'biasedToUnbiasedVariance');
  return Float64Array.from(variance, (v) => (v * m) / (m - 1));
}

/** PyTorch's unbiased running variance -> Keras / tfjs biased moving variance, times (m - 1) / m. */
export function unbiasedToBiasedVariance(variance: ArrayLike<number>, m: number): Float64Array {
  checkCount(m, 'unbiasedToBiasedVariance');
  return Float64Array.from(variance, (v) => (v * (m - 1)) / m);
}
