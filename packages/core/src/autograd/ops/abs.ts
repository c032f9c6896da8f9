import { broadcastBinary } from '../../tensor/broadcastBinary.js';
import { abs } from '../../tensor/unary.js';
import { Var } from '../Var.js';

/** out = |a|; da = g sign(a) (0 at a = 0, as in PyTorch). */
export function absVar(a: Var): Var {
  const av = a.value;
  return Var.op(
    abs(av),
    [a],
    (g) => [broadcastBinary('abs', g, av, (u, x) => u * Math.sign(x))],
    'abs',
  );
}
