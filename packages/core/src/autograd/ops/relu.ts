import { broadcastBinary } from '../../tensor/broadcastBinary.js';
import { relu } from '../../tensor/unary.js';
import { Var } from '../Var.js';

/** out = max(a, 0); da = g [a > 0]. */
export function reluVar(a: Var): Var {
  const av = a.value;
  return Var.op(
    relu(av),
    [a],
    (g) => [broadcastBinary('relu', g, av, (u, x) => (x > 0 ? u : 0))],
    'relu',
  );
}
