import {
  type ClassificationDataset,
  minibatches,
  noGrad,
  type Rng,
  softmaxCrossEntropy,
  Var,
} from '@dl8/core';
import { sgd, trainModule } from '@dl8/optimizers';
import type { Net } from './buildNet.js';

/** Minibatch size. */
export const BATCH = 64;

/** One training run: minibatch losses, the mean of the last 10, and optional pre-activations. */
export interface RunResult {
  losses: number[];
  finalLoss: number;
  diverged: boolean;
  activations: number[][];
}

/**
 * Minibatch SGD on softmax cross-entropy for `steps` steps; stops early (diverged) when the loss
 * is not finite or exceeds 1e6. `checkAbort` runs every 25 steps.
 */
export async function train(
  data: ClassificationDataset,
  net: Net,
  lr: number,
  steps: number,
  rng: Rng,
  keepActivations: boolean,
  checkAbort: () => Promise<void>,
): Promise<RunResult> {
  const trainer = trainModule(sgd({ lr }), net.model);
  const losses: number[] = [];
  let batches = minibatches(data, BATCH, rng, { dropLast: true });
  let diverged = false;
  for (let step = 0; step < steps; step++) {
    if (step % 25 === 24) await checkAbort();
    let next = batches.next();
    if (next.done) {
      batches = minibatches(data, BATCH, rng, { dropLast: true });
      next = batches.next();
    }
    const batch = next.value!;
    trainer.zeroGrad();
    const loss = softmaxCrossEntropy(net.model.forward(new Var(batch.x)), batch.y);
    const value = loss.value.data[0]!;
    if (!Number.isFinite(value) || value > 1e6) {
      diverged = true;
      break;
    }
    losses.push(value);
    loss.backward();
    trainer.step();
  }
  const tail = losses.slice(-10);
  const finalLoss = diverged
    ? Number.POSITIVE_INFINITY
    : tail.reduce((a, b) => a + b, 0) / tail.length;
  // pre-activations (after the linear map and batch norm) of each hidden layer on the whole set
  const activations = noGrad(() => {
    const out: number[][] = [];
    if (!keepActivations) return out;
    let h = new Var(data.x);
    for (const block of net.blocks) {
      for (const m of block.pre) h = m.forward(h);
      out.push(Array.from(h.value.data).filter(Number.isFinite));
      h = block.act.forward(h);
    }
    return out;
  });
  return { losses, finalLoss, diverged, activations };
}
