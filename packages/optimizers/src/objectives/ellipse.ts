import { OptimizerOptionError } from '../errors.js';
import type { Objective } from './objective.js';
import { quadratic } from './quadratic.js';

/**
 * An ill-conditioned ellipse: f(x) = 0.5 (u^2 + condition v^2) where (u, v) is x rotated by
 * `angle` radians, so the Hessian's condition number is `condition`. Minimum 0 at the origin.
 */
export function ellipse(options: { condition?: number; angle?: number } = {}): Objective {
  const kappa = options.condition ?? 100;
  const angle = options.angle ?? 0;
  if (!(kappa >= 1)) {
    throw new OptimizerOptionError(
      'condition',
      `ellipse: invalid condition ${kappa}: must be >= 1`,
    );
  }
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  // A = R diag(1, kappa) R^T with R the rotation by `angle`.
  const a11 = c * c + kappa * s * s;
  const a22 = s * s + kappa * c * c;
  const a12 = c * s - kappa * c * s;
  return quadratic([a11, a12, a12, a22], [0, 0], {
    name: `ellipse (condition ${kappa})`,
    minima: [[0, 0]],
  });
}
