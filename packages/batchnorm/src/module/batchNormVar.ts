import { Tensor, Var } from '@dl8/core';
import { BatchNormError } from '../errors.js';
import { batchNorm } from '../functional/batchNorm.js';
import type { RunningStats } from '../functional/runningStats.js';

/** Options of {@link batchNormVar}; defaults are PyTorch's. */
export interface BatchNormVarOptions {
  /** scale, shape [C]; null or omitted = no scale */
  gamma?: Var | null;
  /** shift, shape [C]; null or omitted = no shift */
  beta?: Var | null;
  /** default 1e-5 (PyTorch); the book's example is 1e-8 */
  eps?: number;
  /** default 0.1; null = cumulative average */
  momentum?: number | null;
  /** updated in place in training mode (count included); read in eval mode */
  runningStats?: RunningStats | null;
  /** true (default): batch statistics; false: running statistics */
  training?: boolean;
}

/**
 * Batch norm as one autodiff node: the forward is {@link batchNorm} on x's data and the backward
 * is its fused analytic rule (dx, dgamma, dbeta in one pass), registered through Var.op.
 */
export function batchNormVar(x: Var, options: BatchNormVarOptions = {}): Var {
  const { gamma = null, beta = null, runningStats = null } = options;
  for (const [what, p] of [
    ['gamma', gamma],
    ['beta', beta],
  ] as const) {
    if (p !== null && p.shape.length !== 1) {
      throw new BatchNormError(
        `batchNormVar: ${what} must have shape [C], got [${p.shape.join(', ')}]`,
      );
    }
  }
  const shape = x.shape;
  const result = batchNorm(x.value.data, shape, {
    gamma: gamma?.value.data ?? null,
    beta: beta?.value.data ?? null,
    eps: options.eps,
    momentum: options.momentum,
    runningMean: runningStats?.mean ?? null,
    runningVar: runningStats?.variance ?? null,
    numBatchesTracked: runningStats?.numBatchesTracked ?? 0,
    training: options.training ?? true,
  });
  if (runningStats !== null) runningStats.numBatchesTracked = result.numBatchesTracked;
  const parents = [x, gamma, beta].filter((p): p is Var => p !== null);
  const c = shape[1]!;
  return Var.op(
    new Tensor(result.output, shape),
    parents,
    (gradOut) => {
      const { dx, dgamma, dbeta } = result.backward(gradOut.data);
      const grads: Tensor[] = [new Tensor(dx, shape)];
      if (gamma !== null) grads.push(new Tensor(dgamma, [c]));
      if (beta !== null) grads.push(new Tensor(dbeta, [c]));
      return grads;
    },
    'batchNorm',
  );
}
