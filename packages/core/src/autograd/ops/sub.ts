import { sub } from '../../tensor/arithmetic.js';
import { sumToShape } from '../../tensor/sumToShape.js';
import { neg } from '../../tensor/unary.js';
import { Var } from '../Var.js';

/** out = a - b; da = g, db = -g, each summed back over broadcast axes. */
export function subVar(a: Var, b: Var): Var {
  return Var.op(
    sub(a.value, b.value),
    [a, b],
    (g) => [
      a.requiresGrad ? sumToShape(g, a.shape) : null,
      b.requiresGrad ? sumToShape(neg(g), b.shape) : null,
    ],
    'sub',
  );
}
