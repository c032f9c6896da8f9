import { neg } from '../../tensor/unary.js';
import { Var } from '../Var.js';

/** out = -a; da = -g. */
export function negVar(a: Var): Var {
  return Var.op(neg(a.value), [a], (g) => [neg(g)], 'neg');
}
