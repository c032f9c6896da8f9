import { broadcastBinary } from '../../tensor/broadcastBinary.js';
import { square } from '../../tensor/unary.js';
import { Var } from '../Var.js';

/** out = a^2; da = 2 a g. */
export function squareVar(a: Var): Var {
  const av = a.value;
  return Var.op(
    square(av),
    [a],
    (g) => [broadcastBinary('square', g, av, (u, x) => 2 * x * u)],
    'square',
  );
}
