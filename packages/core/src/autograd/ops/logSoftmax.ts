import { broadcastBinary } from '../../tensor/broadcastBinary.js';
import { sum } from '../../tensor/reduce.js';
import { logSoftmax } from '../../tensor/softmax.js';
import { Var } from '../Var.js';

/** y = logSoftmax(a) along axis; da = g - e^y sum_axis(g). */
export function logSoftmaxVar(a: Var, axis: number): Var {
  const y = logSoftmax(a.value, axis);
  return Var.op(
    y,
    [a],
    (g) => {
      const s = sum(g, axis, true);
      const p = broadcastBinary('logSoftmax', y, s, (l, t) => Math.exp(l) * t);
      return [broadcastBinary('logSoftmax', g, p, (u, v) => u - v)];
    },
    'logSoftmax',
  );
}
