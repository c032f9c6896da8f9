import { div } from '../../tensor/arithmetic.js';
import { log } from '../../tensor/unary.js';
import { Var } from '../Var.js';

/** out = ln a; da = g / a. */
export function logVar(a: Var): Var {
  const av = a.value;
  return Var.op(log(av), [a], (g) => [div(g, av)], 'log');
}
