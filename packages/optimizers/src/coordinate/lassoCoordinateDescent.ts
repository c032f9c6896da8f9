import { OptimizerOptionError } from '../errors.js';
import type { LassoProblem } from '../objectives/lasso.js';
import { positiveInteger } from '../validate.js';
import { argmaxAbs, type CoordinateOrder, checkOrder, type IntRng } from './order.js';
import { softThreshold } from './softThreshold.js';

/** Result of `lassoCoordinateDescent`. */
export interface LassoSolution {
  w: Float64Array;
  sweeps: number;
  converged: boolean;
  /** Largest |change of a coefficient| in the last sweep. */
  maxChange: number;
}

/**
 * Lasso by coordinate descent, scikit-learn's objective (1 / (2 n)) ||y - X w||^2 + alpha ||w||_1:
 * each update is the soft threshold w_j = S(X_j^T r / n + z_j w_j, alpha) / z_j (z_j = ||X_j||^2 / n),
 * keeping the residual r = y - X w current. Stops when a sweep moves no coefficient more than tol.
 */
export function lassoCoordinateDescent(
  problem: LassoProblem,
  options: {
    maxSweeps?: number;
    tol?: number;
    order?: CoordinateOrder;
    rng?: IntRng;
    w0?: ArrayLike<number>;
  } = {},
): LassoSolution {
  const { X, y, n, d, alpha } = problem;
  const maxSweeps = positiveInteger(
    'lassoCoordinateDescent',
    'maxSweeps',
    options.maxSweeps ?? 100_000,
  );
  const tol = options.tol ?? 1e-13;
  if (!(tol >= 0))
    throw new OptimizerOptionError(
      'tol',
      `lassoCoordinateDescent: invalid tol ${tol}: must be >= 0`,
    );
  const order = options.order ?? 'cyclic';
  checkOrder('lassoCoordinateDescent', order, options.rng);
  const w = options.w0 ? Float64Array.from(options.w0) : new Float64Array(d);
  if (w.length !== d)
    throw new OptimizerOptionError(
      'w0',
      `lassoCoordinateDescent: w0 has length ${w.length}; X has ${d} columns`,
    );
  const z = new Float64Array(d);
  for (let j = 0; j < d; j++) for (let k = 0; k < n; k++) z[j] = z[j]! + X[k * d + j]! ** 2 / n;
  const r = Float64Array.from(y);
  for (let k = 0; k < n; k++) for (let j = 0; j < d; j++) r[k] = r[k]! - X[k * d + j]! * w[j]!;
  const score = new Float64Array(d);
  const coordinateTarget = (j: number) => {
    let s = 0;
    for (let k = 0; k < n; k++) s += X[k * d + j]! * r[k]!;
    return s / n + z[j]! * w[j]!;
  };
  let sweeps = 0;
  let maxChange = Number.POSITIVE_INFINITY;
  while (sweeps < maxSweeps) {
    maxChange = 0;
    for (let u = 0; u < d; u++) {
      let j: number;
      if (order === 'cyclic') j = u;
      else if (order === 'random') j = options.rng!.int(d);
      else {
        // Gauss-Southwell for lasso: the coordinate whose exact update moves furthest.
        for (let k = 0; k < d; k++)
          score[k] = z[k] === 0 ? 0 : softThreshold(coordinateTarget(k), alpha) / z[k]! - w[k]!;
        j = argmaxAbs(score);
      }
      if (z[j] === 0) continue;
      const wj = softThreshold(coordinateTarget(j), alpha) / z[j]!;
      const delta = wj - w[j]!;
      if (delta !== 0) {
        for (let k = 0; k < n; k++) r[k] = r[k]! - X[k * d + j]! * delta;
        w[j] = wj;
      }
      maxChange = Math.max(maxChange, Math.abs(delta));
    }
    sweeps++;
    if (maxChange <= tol) return { w, sweeps, converged: true, maxChange };
  }
  return { w, sweeps, converged: false, maxChange };
}
