import { mul } from '../../tensor/arithmetic.js';
import { sumToShape } from '../../tensor/sumToShape.js';
import { Var } from '../Var.js';

/** out = a * b; da = g b, db = g a, each summed back over broadcast axes. */
export function mulVar(a: Var, b: Var): Var {
  const av = a.value;
  const bv = b.value;
  return Var.op(
    mul(av, bv),
    [a, b],
    (g) => [
      a.requiresGrad ? sumToShape(mul(g, bv), a.shape) : null,
      b.requiresGrad ? sumToShape(mul(g, av), b.shape) : null,
    ],
    'mul',
  );
}
