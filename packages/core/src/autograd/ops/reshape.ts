import { resolveShape } from '../../tensor/reshape.js';
import { Tensor } from '../../tensor/Tensor.js';
import { Var } from '../Var.js';

/** out = a viewed in a new shape; da = g viewed in a's shape. */
export function reshapeVar(a: Var, shape: readonly number[]): Var {
  const s = resolveShape('reshape', a.value, shape);
  return Var.op(new Tensor(a.value.data, s), [a], (g) => [new Tensor(g.data, a.shape)], 'reshape');
}
