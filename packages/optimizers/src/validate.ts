import { OptimizerOptionError } from './errors.js';
import type { LearningRate } from './types.js';

/** Requires `value >= 0` (NaN rejected), as torch.optim's `0.0 <= x` checks do. */
export function nonNegative(opt: string, option: string, value: number): number {
  if (!(value >= 0) || typeof value !== 'number') {
    throw new OptimizerOptionError(option, `${opt}: invalid ${option} ${value}: must be >= 0`);
  }
  return value;
}

/** Requires `0 <= value < 1` (betas, decay rates that must forget). */
export function unitHalfOpen(opt: string, option: string, value: number): number {
  if (!(value >= 0 && value < 1)) {
    throw new OptimizerOptionError(option, `${opt}: invalid ${option} ${value}: must be in [0, 1)`);
  }
  return value;
}

/** Requires `0 <= value <= 1`. */
export function unitClosed(opt: string, option: string, value: number): number {
  if (!(value >= 0 && value <= 1)) {
    throw new OptimizerOptionError(option, `${opt}: invalid ${option} ${value}: must be in [0, 1]`);
  }
  return value;
}

/** Requires a positive integer. */
export function positiveInteger(opt: string, option: string, value: number): number {
  if (!(Number.isInteger(value) && value > 0)) {
    throw new OptimizerOptionError(
      option,
      `${opt}: invalid ${option} ${value}: must be an integer >= 1`,
    );
  }
  return value;
}

/** Accepts a schedule function or a number >= 0. */
export function learningRate(opt: string, lr: LearningRate): LearningRate {
  if (typeof lr === 'function') return lr;
  return nonNegative(opt, 'lr', lr);
}

/**
 * The learning rate of a schedule for the step with `step` steps already taken (must be >= 0).
 * Steps test `typeof lr === 'number'` before calling this: a double returned from a call V8 did
 * not inline is boxed, i.e. allocated, and constant-lr steps stay allocation-free.
 */
export function lrAt(opt: string, lr: LearningRate, step: number): number {
  if (typeof lr === 'number') return lr;
  const value = lr(step);
  if (!(value >= 0)) {
    throw new OptimizerOptionError(
      'lr',
      `${opt}: schedule gave lr ${value} at step ${step}: must be >= 0`,
    );
  }
  return value;
}

/** Requires a pair of betas, each in [0, 1), naming `betas[0]`/`betas[1]` as torch does. */
export function betaPair(opt: string, betas: readonly [number, number]): readonly [number, number] {
  if (!Array.isArray(betas) || betas.length !== 2) {
    throw new OptimizerOptionError('betas', `${opt}: invalid betas: must be a pair [beta1, beta2]`);
  }
  unitHalfOpen(opt, 'betas[0]', betas[0]);
  unitHalfOpen(opt, 'betas[1]', betas[1]);
  return [betas[0], betas[1]];
}
