import { mul } from '../../tensor/arithmetic.js';
import { exp } from '../../tensor/unary.js';
import { Var } from '../Var.js';

/** out = e^a; da = g out. */
export function expVar(a: Var): Var {
  const out = exp(a.value);
  return Var.op(out, [a], (g) => [mul(g, out)], 'exp');
}
