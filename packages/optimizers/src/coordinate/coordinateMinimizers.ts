import { OptimizerInputError } from '../errors.js';
import type { LassoProblem } from '../objectives/lasso.js';
import type { Objective } from '../objectives/objective.js';
import { minimizeScalar } from '../search/minimizeScalar.js';
import { softThreshold } from './softThreshold.js';

/** Exact minimization of a quadratic over coordinate i: x_i = (b_i - sum_{j != i} A_ij x_j) / A_ii. */
export function exactQuadraticCoordinate(objective: Objective, x: Float64Array, i: number): void {
  const q = objective.quadratic;
  if (q === undefined)
    throw new OptimizerInputError(
      `exact coordinate minimization needs a quadratic objective; ${objective.name} is not`,
    );
  const n = x.length;
  const aii = q.A[i * n + i]!;
  if (!(aii > 0)) {
    throw new OptimizerInputError(
      `${objective.name}: A[${i}][${i}] = ${aii} <= 0, so f has no minimum along coordinate ${i}`,
    );
  }
  let s = q.b[i]!;
  for (let j = 0; j < n; j++) if (j !== i) s -= q.A[i * n + j]! * x[j]!;
  x[i] = s / aii;
}

/**
 * Exact lasso coordinate update: with z = ||X_i||^2 / n and rho = X_i^T (y - X w + X_i w_i) / n,
 * w_i = S(rho, alpha) / z (soft threshold). A zero column leaves w_i at 0.
 */
export function lassoCoordinate(problem: LassoProblem, w: Float64Array, i: number): void {
  const { X, y, n, d, alpha } = problem;
  let z = 0;
  let rho = 0;
  for (let k = 0; k < n; k++) {
    const xki = X[k * d + i]!;
    let pred = 0;
    for (let j = 0; j < d; j++) if (j !== i) pred += X[k * d + j]! * w[j]!;
    z += xki * xki;
    rho += xki * (y[k]! - pred);
  }
  w[i] = z === 0 ? 0 : softThreshold(rho / n, alpha) / (z / n);
}

/** Minimizes f along coordinate i with the robust 1-D minimizer (bracketing + Brent or golden section). */
export function lineCoordinate(
  objective: Objective,
  x: Float64Array,
  i: number,
  method: 'brent' | 'golden',
  tol: number,
): void {
  const xi = x[i]!;
  const phi = (s: number) => {
    x[i] = s;
    return objective.value(x);
  };
  const best = minimizeScalar(phi, { x0: xi, step: 0.1 * (1 + Math.abs(xi)), method, tol });
  x[i] = best.fx <= phi(xi) ? best.x : xi;
}
