import { BatchNormError } from '../errors.js';
import { jsKernels } from '../kernels/jsKernels.js';
import type { BatchNormKernels, FloatArray } from '../kernels/types.js';
import { type BatchNormBackward, makeBackward } from './batchNormBackward.js';
import { channelLayout } from './channelLayout.js';
import { checkEps, checkMomentum, checkPerChannel } from './checkOptions.js';
import { updateRunningStats } from './runningStats.js';

/** PyTorch's default eps (1e-5). The book's example uses 1e-8; Keras and tfjs use 1e-3. */
export const DEFAULT_EPS = 1e-5;
/** PyTorch's default momentum: the share of the NEW batch statistic in the running average. */
export const DEFAULT_MOMENTUM = 0.1;

/** Options of {@link batchNorm}; every default is PyTorch's. */
export interface BatchNormOptions<T extends FloatArray = FloatArray> {
  /** scale per channel (length C); omitted = 1 */
  gamma?: ArrayLike<number> | null;
  /** shift per channel (length C); omitted = 0 */
  beta?: ArrayLike<number> | null;
  /** added to the variance inside the square root; default 1e-5 (PyTorch), the book uses 1e-8 */
  eps?: number;
  /** running-average factor for the new batch statistic, default 0.1; null = cumulative average */
  momentum?: number | null;
  /** running mean (length C), updated in place in training mode, used in eval mode */
  runningMean?: FloatArray | null;
  /** running UNBIASED variance (length C), updated in place in training, used in eval mode */
  runningVar?: FloatArray | null;
  /** batches already counted into the running stats (needed when momentum is null), default 0 */
  numBatchesTracked?: number;
  /** true (default): normalize with batch statistics; false: with the running statistics */
  training?: boolean;
  /** where to write the output (length N * C * ...spatial); a new array of x's type if omitted */
  out?: T;
  /** the loops to run; a faster backend can be dropped in with the same interface */
  kernels?: BatchNormKernels;
}

/** What {@link batchNorm} returns. */
export interface BatchNormResult<T extends FloatArray> {
  /** gamma * (x - mean) / sqrt(variance + eps) + beta */
  readonly output: T;
  /** the mean used: the batch mean in training, the running mean in eval */
  readonly mean: Float64Array;
  /** the variance used: the BIASED batch variance in training, the running variance in eval */
  readonly variance: Float64Array;
  /** 1 / sqrt(variance + eps) per channel */
  readonly invStd: Float64Array;
  /** true when the statistics came from this batch (so the backward goes through them) */
  readonly batchStatistics: boolean;
  /** the count after this call (incremented when running stats were updated) */
  readonly numBatchesTracked: number;
  /** dy -> { dx, dgamma, dbeta } for this call */
  readonly backward: BatchNormBackward<T>;
}

/**
 * Batch normalization of x laid out as [N, C, ...spatial], per channel over N and every
 * position, with PyTorch's semantics (torch.nn.functional.batch_norm): training mode uses the
 * batch mean and biased variance and updates runningMean / runningVar in place (the variance
 * made unbiased first); eval mode uses the running statistics. Accumulates in double for
 * Float32Array input. A NaN affects only its own channel.
 */
export function batchNorm<T extends FloatArray>(
  x: T,
  shape: readonly number[],
  options: BatchNormOptions<T> = {},
): BatchNormResult<T> {
  const who = 'batchNorm';
  const { n, c, s, m } = channelLayout(shape, x.length, who);
  const eps = options.eps ?? DEFAULT_EPS;
  const momentum = options.momentum === undefined ? DEFAULT_MOMENTUM : options.momentum;
  const training = options.training ?? true;
  const runningMean = options.runningMean ?? null;
  const runningVar = options.runningVar ?? null;
  const kernels = options.kernels ?? jsKernels;
  checkEps(eps, who);
  checkMomentum(momentum, who);
  checkPerChannel(options.gamma, c, 'gamma', who);
  checkPerChannel(options.beta, c, 'beta', who);
  checkPerChannel(runningMean, c, 'runningMean', who);
  checkPerChannel(runningVar, c, 'runningVar', who);
  if ((runningMean === null) !== (runningVar === null)) {
    throw new BatchNormError(`${who}: give both runningMean and runningVar, or neither`);
  }
  if (!training && runningMean === null) {
    throw new BatchNormError(
      `${who}: eval mode (training: false) needs runningMean and runningVar; ` +
        'pass training: true to normalize with batch statistics (what trackRunningStats = false does)',
    );
  }
  if (training && m < 2) {
    throw new BatchNormError(
      `${who}: expected more than 1 value per channel when training, got input shape [${shape.join(', ')}]`,
    );
  }
  const out = options.out ?? (new (x.constructor as new (k: number) => T)(x.length) as T);
  if (out.length !== x.length) {
    throw new BatchNormError(`${who}: out has length ${out.length} but the input has ${x.length}`);
  }
  if (out === (x as FloatArray)) {
    throw new BatchNormError(`${who}: out must not be the input array (the backward reads x)`);
  }

  const mean = new Float64Array(c);
  const variance = new Float64Array(c);
  let numBatchesTracked = options.numBatchesTracked ?? 0;
  if (training) {
    kernels.moments(x, n, c, s, mean, variance);
    if (runningMean !== null && runningVar !== null) {
      numBatchesTracked = updateRunningStats(
        runningMean,
        runningVar,
        mean,
        variance,
        m,
        momentum,
        numBatchesTracked,
      );
    }
  } else {
    mean.set(runningMean!);
    variance.set(runningVar!);
  }

  const gamma = new Float64Array(c).fill(1);
  if (options.gamma != null) for (let j = 0; j < c; j++) gamma[j] = options.gamma[j]!;
  const bias = new Float64Array(c);
  if (options.beta != null) for (let j = 0; j < c; j++) bias[j] = options.beta[j]!;
  const invStd = new Float64Array(c);
  const scale = new Float64Array(c);
  for (let j = 0; j < c; j++) {
    invStd[j] = 1 / Math.sqrt(variance[j]! + eps);
    scale[j] = gamma[j]! * invStd[j]!;
  }
  kernels.affine(x, n, c, s, mean, scale, bias, out);

  const backward = makeBackward<T>(x, { n, c, s, m }, mean, invStd, gamma, training, kernels);
  return {
    output: out,
    mean,
    variance,
    invStd,
    batchStatistics: training,
    numBatchesTracked,
    backward,
  };
}
