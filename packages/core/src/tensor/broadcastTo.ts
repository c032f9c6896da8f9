import { formatShape, ShapeError } from '../errors.js';
import { broadcastBinary } from './broadcastBinary.js';
import { zeros } from './create.js';
import { broadcastShapes } from './shape.js';
import type { Tensor } from './Tensor.js';

/** Repeats `t` along broadcast dimensions to exactly `shape` (NumPy's broadcast_to, as a copy). */
export function broadcastTo(t: Tensor, shape: readonly number[]): Tensor {
  const s = broadcastShapes(t.shape, shape, 'broadcastTo');
  if (s.length !== shape.length || s.some((d, i) => d !== shape[i])) {
    throw new ShapeError(
      `broadcastTo: ${formatShape(t.shape)} cannot be broadcast to ${formatShape(shape)}`,
    );
  }
  return broadcastBinary('broadcastTo', zeros(shape), t, (_, v) => v);
}
