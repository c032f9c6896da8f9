import { add } from '../../tensor/arithmetic.js';
import { sumToShape } from '../../tensor/sumToShape.js';
import { Var } from '../Var.js';

/** out = a + b; da = g, db = g, each summed back over broadcast axes. */
export function addVar(a: Var, b: Var): Var {
  return Var.op(
    add(a.value, b.value),
    [a, b],
    (g) => [
      a.requiresGrad ? sumToShape(g, a.shape) : null,
      b.requiresGrad ? sumToShape(g, b.shape) : null,
    ],
    'add',
  );
}
