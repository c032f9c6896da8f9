import { broadcastTo } from '../../tensor/broadcastTo.js';
import { type Axis, reducedShape, sum } from '../../tensor/reduce.js';
import { normalizeAxes } from '../../tensor/shape.js';
import { Tensor } from '../../tensor/Tensor.js';
import { Var } from '../Var.js';

/** out = sum over axis of a; da = g broadcast back over the summed axes. */
export function sumVar(a: Var, axis: Axis, keepDims: boolean): Var {
  const axes = normalizeAxes('sum', axis, a.shape.length);
  const kept = reducedShape(a.shape, axes, true);
  return Var.op(
    sum(a.value, axes, keepDims),
    [a],
    (g) => [broadcastTo(new Tensor(g.data, kept), a.shape)],
    'sum',
  );
}
