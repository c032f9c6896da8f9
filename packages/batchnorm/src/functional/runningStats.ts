import { checkMomentum } from './checkOptions.js';

/** A batch-norm module's buffers, as PyTorch keeps them. */
export interface RunningStats {
  /** running mean, starts at 0 */
  readonly mean: Float64Array;
  /** running variance (an average of UNBIASED batch variances), starts at 1 */
  readonly variance: Float64Array;
  /** batches seen in training mode (PyTorch's num_batches_tracked) */
  numBatchesTracked: number;
}

/** Fresh running statistics for c channels: mean 0, variance 1, no batches tracked. */
export function createRunningStats(channels: number): RunningStats {
  return {
    mean: new Float64Array(channels),
    variance: new Float64Array(channels).fill(1),
    numBatchesTracked: 0,
  };
}

/**
 * PyTorch's update, in place: r <- (1 - f) r + f * batchStat, with the batch variance made
 * unbiased (times m / (m - 1)) first; f = momentum, or 1 / numBatchesTracked (after counting this
 * batch) when momentum is null, which gives the cumulative average of all batches.
 * Returns the new numBatchesTracked.
 */
export function updateRunningStats(
  runningMean: Float64Array | Float32Array,
  runningVar: Float64Array | Float32Array,
  batchMean: Float64Array,
  batchVariance: Float64Array,
  m: number,
  momentum: number | null,
  numBatchesTracked: number,
): number {
  checkMomentum(momentum, 'updateRunningStats');
  const tracked = numBatchesTracked + 1;
  const f = momentum === null ? 1 / tracked : momentum;
  const unbias = m / (m - 1);
  for (let j = 0; j < batchMean.length; j++) {
    runningMean[j] = (1 - f) * runningMean[j]! + f * batchMean[j]!;
    runningVar[j] = (1 - f) * runningVar[j]! + f * batchVariance[j]! * unbias;
  }
  return tracked;
}
