import { mul } from '../../tensor/arithmetic.js';
import { broadcastBinary } from '../../tensor/broadcastBinary.js';
import { sum } from '../../tensor/reduce.js';
import { softmax } from '../../tensor/softmax.js';
import { Var } from '../Var.js';

/** y = softmax(a) along axis; da = y (g - sum_axis(g y)). */
export function softmaxVar(a: Var, axis: number): Var {
  const y = softmax(a.value, axis);
  return Var.op(
    y,
    [a],
    (g) => {
      const s = sum(mul(g, y), axis, true);
      const d = broadcastBinary('softmax', g, s, (u, v) => u - v);
      return [mul(d, y)];
    },
    'softmax',
  );
}
