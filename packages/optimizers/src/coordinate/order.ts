import { OptimizerOptionError } from '../errors.js';

/** The part of @dl8/core's seeded `Rng` coordinate descent needs (inject `createRng(seed)`). */
export interface IntRng {
  int(n: number): number;
}

/** Coordinate choice: cyclic 0..d-1, uniformly random (seeded rng), or greedy Gauss-Southwell (largest |gradient|). */
export type CoordinateOrder = 'cyclic' | 'random' | 'greedy';

/** Checks an order and its rng. */
export function checkOrder(name: string, order: CoordinateOrder, rng: IntRng | undefined): void {
  if (order !== 'cyclic' && order !== 'random' && order !== 'greedy') {
    throw new OptimizerOptionError(
      'order',
      `${name}: invalid order ${JSON.stringify(order)}: must be 'cyclic', 'random' or 'greedy'`,
    );
  }
  if (order === 'random' && (rng === undefined || typeof rng.int !== 'function')) {
    throw new OptimizerOptionError(
      'rng',
      `${name}: order 'random' needs an injected rng (e.g. createRng(seed) from @dl8/core)`,
    );
  }
}

/** Index of the largest |g_i| (first on ties). */
export function argmaxAbs(g: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < g.length; i++) if (Math.abs(g[i]!) > Math.abs(g[best]!)) best = i;
  return best;
}
