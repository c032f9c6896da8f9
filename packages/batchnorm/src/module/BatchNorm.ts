import { Module, ones, Tensor, Var, zeros } from '@dl8/core';
import { BatchNormError } from '../errors.js';
import { DEFAULT_EPS, DEFAULT_MOMENTUM } from '../functional/batchNorm.js';
import { checkEps, checkMomentum } from '../functional/checkOptions.js';
import {
  createRunningStats,
  type RunningStats,
  updateRunningStats,
} from '../functional/runningStats.js';
import { jsKernels } from '../kernels/jsKernels.js';
import { batchNormUnfused } from './batchNormUnfused.js';
import { batchNormVar } from './batchNormVar.js';

/** How a BatchNorm module back-propagates in training mode. */
export type BatchNormGradient = 'fused' | 'unfused' | 'constant-statistics';

/** Options of {@link BatchNorm}; defaults are PyTorch's. */
export interface BatchNormModuleOptions {
  /** default 1e-5 (PyTorch); the book's example is 1e-8, Keras uses 1e-3 */
  eps?: number;
  /** share of the new batch statistic, default 0.1 (Keras' 0.99 is 0.01 here); null = cumulative */
  momentum?: number | null;
  /** learnable gamma (starts at 1) and beta (starts at 0), default true */
  affine?: boolean;
  /** keep running statistics and use them in eval mode, default true */
  trackRunningStats?: boolean;
  /**
   * 'fused' (default): one node with the analytic backward; 'unfused': core primitives, same
   * gradient; 'constant-statistics': no gradient through mu and sigma.
   */
  gradient?: BatchNormGradient;
}

/**
 * torch.nn.BatchNorm1d/2d for core's autodiff: normalizes [N, C, ...spatial] per channel with
 * batch statistics in training mode (updating the running mean and the UNBIASED running variance)
 * and with the running statistics in eval mode (batch statistics if trackRunningStats is false).
 */
export class BatchNorm extends Module {
  readonly eps: number;
  readonly momentum: number | null;
  readonly affine: boolean;
  readonly trackRunningStats: boolean;
  readonly gradient: BatchNormGradient;
  /** scale, shape [C], starts at 1 (PyTorch's `weight`); null without affine */
  readonly gamma: Var | null;
  /** shift, shape [C], starts at 0 (PyTorch's `bias`); null without affine */
  readonly beta: Var | null;
  /** running mean (0), unbiased running variance (1), batches counted; null if not tracked */
  readonly runningStats: RunningStats | null;

  constructor(
    readonly numFeatures: number,
    options: BatchNormModuleOptions = {},
  ) {
    super();
    if (!Number.isInteger(numFeatures) || numFeatures < 1) {
      throw new BatchNormError(
        `BatchNorm: numFeatures must be a positive integer, got ${numFeatures}`,
      );
    }
    this.eps = options.eps ?? DEFAULT_EPS;
    this.momentum = options.momentum === undefined ? DEFAULT_MOMENTUM : options.momentum;
    checkEps(this.eps, 'BatchNorm');
    checkMomentum(this.momentum, 'BatchNorm');
    this.affine = options.affine ?? true;
    this.trackRunningStats = options.trackRunningStats ?? true;
    this.gradient = options.gradient ?? 'fused';
    if (!['fused', 'unfused', 'constant-statistics'].includes(this.gradient)) {
      throw new BatchNormError(
        `BatchNorm: gradient must be 'fused', 'unfused' or 'constant-statistics', got '${this.gradient}'`,
      );
    }
    this.gamma = this.affine ? new Var(ones([numFeatures]), { name: 'gamma' }) : null;
    this.beta = this.affine ? new Var(zeros([numFeatures]), { name: 'beta' }) : null;
    this.runningStats = this.trackRunningStats ? createRunningStats(numFeatures) : null;
  }

  /** The running mean as a tensor [C] (shares storage with runningStats). */
  get runningMean(): Tensor | null {
    return this.runningStats && new Tensor(this.runningStats.mean, [this.numFeatures]);
  }

  /** The running (unbiased) variance as a tensor [C] (shares storage with runningStats). */
  get runningVar(): Tensor | null {
    return this.runningStats && new Tensor(this.runningStats.variance, [this.numFeatures]);
  }

  /** Normalizes x of shape [N, C, ...spatial] with C = numFeatures. */
  forward(x: Var): Var {
    const c = x.shape[1];
    if (x.shape.length < 2 || c !== this.numFeatures) {
      throw new BatchNormError(
        `BatchNorm: expected input [N, ${this.numFeatures}, ...spatial] (numFeatures = ${this.numFeatures}), got shape [${x.shape.join(', ')}]`,
      );
    }
    const useBatchStats = this.training || this.runningStats === null;
    const update = this.training ? this.runningStats : null;
    if (!useBatchStats || this.gradient === 'fused') {
      return batchNormVar(x, {
        gamma: this.gamma,
        beta: this.beta,
        eps: this.eps,
        momentum: this.momentum,
        runningStats: useBatchStats ? update : this.runningStats,
        training: useBatchStats,
      });
    }
    if (x.value.size / c < 2) {
      throw new BatchNormError(
        `BatchNorm: expected more than 1 value per channel when training, got input shape [${x.shape.join(', ')}]`,
      );
    }
    const y = batchNormUnfused(x, {
      gamma: this.gamma,
      beta: this.beta,
      eps: this.eps,
      constantStatistics: this.gradient === 'constant-statistics',
    });
    if (update !== null) this.updateRunning(x);
    return y;
  }

  private updateRunning(x: Var): void {
    const stats = this.runningStats!;
    const [n, c] = x.shape as [number, number];
    const s = x.value.size / (n * c);
    const mean = new Float64Array(c);
    const variance = new Float64Array(c);
    jsKernels.moments(x.value.data, n, c, s, mean, variance);
    stats.numBatchesTracked = updateRunningStats(
      stats.mean,
      stats.variance,
      mean,
      variance,
      n * s,
      this.momentum,
      stats.numBatchesTracked,
    );
  }
}
