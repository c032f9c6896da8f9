import type { Var } from '@dl8/core';
import { BatchNormError } from '../errors.js';
import { DEFAULT_EPS } from '../functional/batchNorm.js';
import { checkEps } from '../functional/checkOptions.js';

/** Options of {@link batchNormUnfused}. */
export interface BatchNormUnfusedOptions {
  /** scale, shape [C]; null or omitted = no scale */
  gamma?: Var | null;
  /** shift, shape [C]; null or omitted = no shift */
  beta?: Var | null;
  /** default 1e-5 (PyTorch); the book's example is 1e-8 */
  eps?: number;
  /**
   * true: mu and sigma are detached, so no gradient flows through them (dx = gamma * dy / sigma):
   * the variant the book warns about, where the gradient can shift the mean and scale the spread.
   */
  constantStatistics?: boolean;
}

/**
 * Training-mode batch norm written with core autodiff primitives only (book 8.7.1):
 * mu = mean(x), sigma = sqrt(eps + mean((x - mu)^2)), gamma * (x - mu) / sigma + beta, statistics
 * over every axis but 1; the gradient is whatever back-propagating through these operations gives.
 */
export function batchNormUnfused(x: Var, options: BatchNormUnfusedOptions = {}): Var {
  const { gamma = null, beta = null, constantStatistics = false } = options;
  const eps = options.eps ?? DEFAULT_EPS;
  checkEps(eps, 'batchNormUnfused');
  const shape = x.shape;
  if (shape.length < 2) {
    throw new BatchNormError(
      `batchNormUnfused: input needs at least 2 dimensions [N, C, ...spatial], got shape [${shape.join(', ')}]`,
    );
  }
  const axes = shape.map((_, i) => i).filter((i) => i !== 1);
  let mu = x.mean(axes, true);
  let sigma = x.sub(mu).square().mean(axes, true).add(eps).sqrt();
  if (constantStatistics) {
    mu = mu.detach();
    sigma = sigma.detach();
  }
  let y = x.sub(mu).div(sigma);
  // gamma, beta of shape [C] broadcast as [1, C, 1, ...]
  const perChannel = shape.map((d, i) => (i === 1 ? d : 1));
  if (gamma !== null) y = y.mul(gamma.reshape(perChannel));
  if (beta !== null) y = y.add(beta.reshape(perChannel));
  return y;
}
