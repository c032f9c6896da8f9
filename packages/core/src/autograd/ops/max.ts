import { broadcastBinary } from '../../tensor/broadcastBinary.js';
import { type Axis, max, reducedShape, sum } from '../../tensor/reduce.js';
import { normalizeAxes } from '../../tensor/shape.js';
import { Tensor } from '../../tensor/Tensor.js';
import { Var } from '../Var.js';

/** out = max over axis of a; da = g at the maximizing positions, split equally among ties. */
export function maxVar(a: Var, axis: Axis, keepDims: boolean): Var {
  const axes = normalizeAxes('max', axis, a.shape.length);
  const kept = reducedShape(a.shape, axes, true);
  const out = max(a.value, axes, true);
  return Var.op(
    new Tensor(out.data, reducedShape(a.shape, axes, keepDims)),
    [a],
    (g) => {
      const mask = broadcastBinary('max', a.value, out, (x, m) => (x === m ? 1 : 0));
      const ties = sum(mask, axes, true);
      const share = broadcastBinary('max', new Tensor(g.data, kept), ties, (u, c) => u / c);
      return [broadcastBinary('max', mask, share, (k, s) => k * s)];
    },
    'max',
  );
}
