import { ArgumentError, formatShape, ShapeError } from '../errors.js';

/** Checks labels for [n, classes] logits: n integers in 0..classes-1. */
export function checkLabels(op: string, shape: readonly number[], labels: ArrayLike<number>): void {
  if (shape.length !== 2) {
    throw new ShapeError(
      `${op}: logits must have shape [batch, classes], got ${formatShape(shape)}`,
    );
  }
  const [n, c] = shape as [number, number];
  if (labels.length !== n) {
    throw new ShapeError(
      `${op}: ${labels.length} labels for logits of shape ${formatShape(shape)}`,
    );
  }
  for (let i = 0; i < n; i++) {
    const y = labels[i]!;
    if (!Number.isInteger(y) || y < 0 || y >= c) {
      throw new ArgumentError(
        `${op}: label ${y} at index ${i} is not a class index in 0..${c - 1}`,
      );
    }
  }
}
