import { OptimizerInputError } from '../errors.js';
import type { Objective } from '../objectives/objective.js';
import type { OptimizerState } from '../types.js';
import { minimizeScalar, type ScalarOptions } from './minimizeScalar.js';
import type { SearchMethod } from './types.js';

/** The step t minimizing f(x - t d): closed form g.d / d^T A d on a quadratic, else the 1-D minimizer. */
export function exactStepLength(
  objective: Objective,
  x: Float64Array,
  d: Float64Array,
  scalar: ScalarOptions = {},
): number {
  const q = objective.quadratic;
  const n = x.length;
  if (q !== undefined) {
    const g = objective.gradient(x);
    let gd = 0;
    let dAd = 0;
    for (let i = 0; i < n; i++) {
      gd += g[i]! * d[i]!;
      let ad = 0;
      for (let j = 0; j < n; j++) ad += q.A[i * n + j]! * d[j]!;
      dAd += d[i]! * ad;
    }
    if (!(dAd > 0)) {
      if (gd === 0) return 0;
      throw new OptimizerInputError(
        `exact line search: curvature d^T A d = ${dAd} <= 0 along the search direction; the line has no minimum`,
      );
    }
    return gd / dAd;
  }
  const y = new Float64Array(n);
  const phi = (t: number) => {
    for (let i = 0; i < n; i++) y[i] = x[i]! - t * d[i]!;
    return objective.value(y);
  };
  let norm = 0;
  for (let i = 0; i < n; i++) norm += d[i]! * d[i]!;
  // First trial step: a unit move in x.
  return minimizeScalar(phi, { x0: 0, step: norm > 0 ? 1 / Math.sqrt(norm) : 1, ...scalar }).x;
}

/** Steepest descent with exact line search: x <- x - t* grad f(x), t* = argmin_t f(x - t grad f(x)) (successive steps orthogonal). */
export function lineSearchDescent(options: ScalarOptions = {}): SearchMethod<ScalarOptions> {
  return {
    kind: 'search',
    name: 'gradient descent, exact line search',
    options,
    init(): OptimizerState {
      return { step: 0, buffers: {}, scalars: { lastStepLength: 0 } };
    },
    step(x, objective, state) {
      const g = objective.gradient(x);
      const t = exactStepLength(objective, x, g, options);
      for (let i = 0; i < x.length; i++) x[i] = x[i]! - t * g[i]!;
      state.scalars['lastStepLength'] = t;
      state.step += 1;
      return state;
    },
  };
}
