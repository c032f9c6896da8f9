import { broadcastBinary } from '../../tensor/broadcastBinary.js';
import { sqrt } from '../../tensor/unary.js';
import { Var } from '../Var.js';

/** out = sqrt(a); da = g / (2 out). */
export function sqrtVar(a: Var): Var {
  const out = sqrt(a.value);
  return Var.op(out, [a], (g) => [broadcastBinary('sqrt', g, out, (u, s) => u / (2 * s))], 'sqrt');
}
