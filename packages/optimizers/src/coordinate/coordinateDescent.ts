import { OptimizerOptionError } from '../errors.js';
import type { LassoProblem } from '../objectives/lasso.js';
import type { Objective } from '../objectives/objective.js';
import type { SearchMethod } from '../search/types.js';
import type { OptimizerState } from '../types.js';
import {
  exactQuadraticCoordinate,
  lassoCoordinate,
  lineCoordinate,
} from './coordinateMinimizers.js';
import { argmaxAbs, type CoordinateOrder, checkOrder, type IntRng } from './order.js';

/** How one coordinate is minimized. 'auto': soft threshold for lasso, exact for quadratics, else Brent. */
export type CoordinateSolver = 'auto' | 'exact' | 'soft-threshold' | 'brent' | 'golden';

/** Options of coordinate descent (8.7.2). */
export interface CoordinateDescentOptions {
  order?: CoordinateOrder;
  /** Needed for order 'random': @dl8/core's `createRng(seed)`. */
  rng?: IntRng;
  solver?: CoordinateSolver;
  /** 'sweep' (default): one step = dim coordinate updates; 'coordinate': one update per step. */
  perStep?: 'sweep' | 'coordinate';
  /** Tolerance of the 1-D minimizer (relative, default 1e-10). */
  tol?: number;
}

/**
 * Coordinate descent (8.7.2): minimize f over one coordinate at a time, chosen cyclically, at
 * random or greedily (Gauss-Southwell: largest |df/dx_i|). On the book's coupled quadratic a
 * cyclic sweep shrinks x by exactly (1 + alpha)^-2.
 */
export function coordinateDescent(
  options: CoordinateDescentOptions = {},
): SearchMethod<CoordinateDescentOptions> {
  const order = options.order ?? 'cyclic';
  const solver = options.solver ?? 'auto';
  const perStep = options.perStep ?? 'sweep';
  const tol = options.tol ?? 1e-10;
  checkOrder('coordinateDescent', order, options.rng);
  if (!['auto', 'exact', 'soft-threshold', 'brent', 'golden'].includes(solver)) {
    throw new OptimizerOptionError(
      'solver',
      `coordinateDescent: invalid solver ${JSON.stringify(solver)}: must be 'auto', 'exact', 'soft-threshold', 'brent' or 'golden'`,
    );
  }
  if (perStep !== 'sweep' && perStep !== 'coordinate') {
    throw new OptimizerOptionError(
      'perStep',
      `coordinateDescent: invalid perStep ${JSON.stringify(perStep)}: must be 'sweep' or 'coordinate'`,
    );
  }
  let grad: Float64Array | null = null;
  const update = (x: Float64Array, objective: Objective, i: number) => {
    const problem = (objective as { problem?: LassoProblem }).problem;
    const kind =
      solver !== 'auto'
        ? solver
        : problem
          ? 'soft-threshold'
          : objective.quadratic
            ? 'exact'
            : 'brent';
    if (kind === 'soft-threshold') {
      if (!problem)
        throw new OptimizerOptionError(
          'solver',
          `coordinateDescent: solver 'soft-threshold' needs a lasso objective; got ${objective.name}`,
        );
      lassoCoordinate(problem, x, i);
    } else if (kind === 'exact') exactQuadraticCoordinate(objective, x, i);
    else lineCoordinate(objective, x, i, kind, tol);
  };
  return {
    kind: 'search',
    name: `coordinate descent (${order})`,
    options: { order, solver, perStep, tol },
    init(): OptimizerState {
      return {
        step: 0,
        buffers: {},
        scalars: { nextCoordinate: 0, updates: 0, lastCoordinate: -1 },
      };
    },
    step(x, objective, state) {
      const d = x.length;
      const count = perStep === 'sweep' ? d : 1;
      for (let u = 0; u < count; u++) {
        let i: number;
        if (order === 'cyclic') {
          i = (state.scalars['nextCoordinate'] ?? 0) % d;
          state.scalars['nextCoordinate'] = (i + 1) % d;
        } else if (order === 'random') {
          i = options.rng!.int(d);
        } else {
          if (grad === null || grad.length !== d) grad = new Float64Array(d);
          i = argmaxAbs(objective.gradient(x, grad));
        }
        update(x, objective, i);
        state.scalars['lastCoordinate'] = i;
        state.scalars['updates'] = (state.scalars['updates'] ?? 0) + 1;
      }
      state.step += 1;
      return state;
    },
  };
}
