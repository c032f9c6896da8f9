import { createRng, type Rng } from '@dl8/core';
import { averagedParams, ema, type Objective, polyak, sgd } from '@dl8/optimizers';

/** The iterates and the running average after each step (entry 0 is the start). */
export interface NoisyRun {
  iterates: number[][];
  averages: number[][];
}

/**
 * Constant-step SGD with Gaussian gradient noise (the same stream for every call with the same
 * seed), wrapped in an averaging optimizer; records the iterate and the average after each step.
 */
export function noisySgd(
  f: Objective,
  wrap: 'polyak' | 'ema',
  o: {
    x0: readonly number[];
    lr: number;
    noise: number;
    steps: number;
    start: number;
    decay: number;
    seed: number;
  },
): NoisyRun {
  const rng: Rng = createRng(o.seed);
  const inner = sgd({ lr: o.lr });
  const opt =
    wrap === 'polyak' ? polyak(inner, { start: o.start }) : ema(inner, { decay: o.decay });
  const x = Float64Array.from(o.x0);
  const g = new Float64Array(x.length);
  const state = opt.init(x);
  const iterates: number[][] = [Array.from(x)];
  const averages: number[][] = [Array.from(x)];
  for (let t = 0; t < o.steps; t++) {
    f.gradient(x, g);
    for (let i = 0; i < g.length; i++) g[i] = g[i]! + o.noise * rng.normal();
    opt.step(x, g, state);
    iterates.push(Array.from(x));
    averages.push(Array.from(averagedParams(state, x) as Float64Array));
  }
  return { iterates, averages };
}
