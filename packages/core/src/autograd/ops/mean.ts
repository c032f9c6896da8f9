import { broadcastBinary } from '../../tensor/broadcastBinary.js';
import { zeros } from '../../tensor/create.js';
import { type Axis, mean, reducedShape, reductionCount } from '../../tensor/reduce.js';
import { normalizeAxes } from '../../tensor/shape.js';
import { Tensor } from '../../tensor/Tensor.js';
import { Var } from '../Var.js';

/** out = (1/n) sum over axis of a; da = g / n broadcast back over the reduced axes. */
export function meanVar(a: Var, axis: Axis, keepDims: boolean): Var {
  const axes = normalizeAxes('mean', axis, a.shape.length);
  const kept = reducedShape(a.shape, axes, true);
  const n = reductionCount('mean', a.shape, axes);
  return Var.op(
    mean(a.value, axes, keepDims),
    [a],
    (g) => [broadcastBinary('mean', zeros(a.shape), new Tensor(g.data, kept), (_, v) => v / n)],
    'mean',
  );
}
