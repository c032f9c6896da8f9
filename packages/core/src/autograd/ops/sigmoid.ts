import { broadcastBinary } from '../../tensor/broadcastBinary.js';
import { sigmoid } from '../../tensor/unary.js';
import { Var } from '../Var.js';

/** out = 1 / (1 + e^-a); da = g out (1 - out). */
export function sigmoidVar(a: Var): Var {
  const out = sigmoid(a.value);
  return Var.op(
    out,
    [a],
    (g) => [broadcastBinary('sigmoid', g, out, (u, y) => u * y * (1 - y))],
    'sigmoid',
  );
}
