import { softThreshold } from '../coordinate/softThreshold.js';
import { OptimizerInputError, OptimizerOptionError } from '../errors.js';
import type { Objective } from './objective.js';
import { checkPoint } from './objective.js';

/** Lasso data: X row-major n x d, y of length n, penalty alpha (scikit-learn's scaling). */
export interface LassoProblem {
  readonly X: Float64Array;
  readonly y: Float64Array;
  readonly n: number;
  readonly d: number;
  readonly alpha: number;
}

/** Checks and copies lasso data into a `LassoProblem`. */
export function lassoProblem(
  X: ArrayLike<number>,
  y: ArrayLike<number>,
  alpha: number,
): LassoProblem {
  const n = y.length;
  if (n === 0 || X.length % n !== 0) {
    throw new OptimizerInputError(
      `lasso: X has ${X.length} entries, not a multiple of n = ${n} rows (y's length)`,
    );
  }
  if (!(alpha >= 0))
    throw new OptimizerOptionError('alpha', `lasso: invalid alpha ${alpha}: must be >= 0`);
  return { X: Float64Array.from(X), y: Float64Array.from(y), n, d: X.length / n, alpha };
}

/**
 * scikit-learn's lasso objective f(w) = (1 / (2 n)) ||y - X w||^2 + alpha ||w||_1. The gradient is
 * the minimum-norm subgradient: s + alpha sign(w_j) where w_j != 0, S(s, alpha) where w_j = 0
 * (s = (1/n) X^T (X w - y)), so it is 0 exactly at the solution. The Hessian is X^T X / n
 * (the L1 term has none away from 0). Carries `problem` for `lassoCoordinateDescent`.
 */
export function lasso(
  X: ArrayLike<number>,
  y: ArrayLike<number>,
  alpha: number,
): Objective & { problem: LassoProblem } {
  const problem = lassoProblem(X, y, alpha);
  const { n, d } = problem;
  const xs = problem.X;
  const ys = problem.y;
  const name = 'lasso';
  const r = new Float64Array(n);
  const residual = (w: Float64Array) => {
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += xs[i * d + j]! * w[j]!;
      r[i] = s - ys[i]!;
    }
  };
  return {
    name,
    dim: d,
    problem,
    value(w) {
      checkPoint(name, d, w);
      residual(w);
      let f = 0;
      for (let i = 0; i < n; i++) f += r[i]! * r[i]!;
      let l1 = 0;
      for (let j = 0; j < d; j++) l1 += Math.abs(w[j]!);
      return f / (2 * n) + alpha * l1;
    },
    gradient(w, out = new Float64Array(d)) {
      checkPoint(name, d, w);
      residual(w);
      for (let j = 0; j < d; j++) {
        let s = 0;
        for (let i = 0; i < n; i++) s += xs[i * d + j]! * r[i]!;
        const sj = s / n;
        const wj = w[j]!;
        out[j] = wj > 0 ? sj + alpha : wj < 0 ? sj - alpha : softThreshold(sj, alpha);
      }
      return out;
    },
    hessian(w, out = new Float64Array(d * d)) {
      checkPoint(name, d, w);
      for (let j = 0; j < d; j++) {
        for (let k = 0; k < d; k++) {
          let s = 0;
          for (let i = 0; i < n; i++) s += xs[i * d + j]! * xs[i * d + k]!;
          out[j * d + k] = s / n;
        }
      }
      return out;
    },
  };
}
