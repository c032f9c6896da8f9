import { broadcastBinary } from '../../tensor/broadcastBinary.js';
import { tanh } from '../../tensor/unary.js';
import { Var } from '../Var.js';

/** out = tanh a; da = g (1 - out^2). */
export function tanhVar(a: Var): Var {
  const out = tanh(a.value);
  return Var.op(
    out,
    [a],
    (g) => [broadcastBinary('tanh', g, out, (u, y) => u * (1 - y * y))],
    'tanh',
  );
}
