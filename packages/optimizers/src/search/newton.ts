import { OptimizerOptionError } from '../errors.js';
import type { OptimizerState } from '../types.js';
import { solveLinear } from './solveLinear.js';
import type { SearchMethod } from './types.js';

/**
 * Newton's method: x <- x - step H(x)^{-1} grad f(x) (pure Newton at step 1). On an SPD quadratic
 * it lands on the minimum in one step; it is drawn to any stationary point, saddles included.
 */
export function newton(options: { step?: number } = {}): SearchMethod<{ step: number }> {
  const stepSize = options.step ?? 1;
  if (!(stepSize > 0))
    throw new OptimizerOptionError('step', `newton: invalid step ${stepSize}: must be > 0`);
  return {
    kind: 'search',
    name: 'Newton',
    options: { step: stepSize },
    init(): OptimizerState {
      return { step: 0, buffers: {}, scalars: {} };
    },
    step(x, objective, state) {
      const g = objective.gradient(x);
      const dx = solveLinear(objective.hessian(x), g);
      for (let i = 0; i < x.length; i++) x[i] = x[i]! - stepSize * dx[i]!;
      state.step += 1;
      return state;
    },
  };
}
