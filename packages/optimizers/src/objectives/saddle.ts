import type { Objective } from './objective.js';
import { quadratic } from './quadratic.js';

/** A saddle: f(x) = x1^2 - x2^2 (Hessian diag(2, -2)); its only stationary point, the origin, is not a minimum. */
export function saddle(): Objective {
  return quadratic([2, 0, 0, -2], [0, 0], { name: 'saddle', minima: [[0, 0]] });
}
