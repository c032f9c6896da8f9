import { OptimizerOptionError } from '../errors.js';
import type { Objective } from './objective.js';
import { quadratic } from './quadratic.js';

/**
 * The book's bad case for coordinate descent (8.7.2): f(x) = (x1 - x2)^2 + alpha (x1^2 + x2^2),
 * i.e. 0.5 x^T A x with A = 2 [[1 + alpha, -1], [-1, 1 + alpha]]. Minimum 0 at the origin.
 */
export function coupledQuadratic(alpha = 0.01): Objective {
  if (!(alpha > 0)) {
    throw new OptimizerOptionError(
      'alpha',
      `coupledQuadratic: invalid alpha ${alpha}: must be > 0`,
    );
  }
  const d = 2 * (1 + alpha);
  return quadratic([d, -2, -2, d], [0, 0], {
    name: `coupled quadratic (alpha = ${alpha})`,
    minima: [[0, 0]],
  });
}
