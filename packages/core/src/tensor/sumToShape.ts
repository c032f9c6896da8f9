import { formatShape, ShapeError } from '../errors.js';
import { sum } from './reduce.js';
import { Tensor } from './Tensor.js';

/**
 * Sums a broadcast gradient back to `shape` (the reverse of broadcasting): leading extra axes
 * and axes where `shape` has 1 are summed away. Used by every broadcasting op's backward.
 */
export function sumToShape(g: Tensor, shape: readonly number[]): Tensor {
  if (g.shape.length === shape.length && g.shape.every((d, i) => d === shape[i])) return g;
  const lead = g.ndim - shape.length;
  if (lead < 0) {
    throw new ShapeError(
      `sumToShape: gradient ${formatShape(g.shape)} has fewer dimensions than ${formatShape(shape)}`,
    );
  }
  const axes: number[] = [];
  for (let i = 0; i < g.ndim; i++) {
    if (i < lead) axes.push(i);
    else if (shape[i - lead] === 1 && g.shape[i] !== 1) axes.push(i);
    else if (shape[i - lead] !== g.shape[i]) {
      throw new ShapeError(
        `sumToShape: gradient ${formatShape(g.shape)} does not broadcast from ${formatShape(shape)}`,
      );
    }
  }
  const r = sum(g, axes, true);
  return new Tensor(r.data, shape);
}
