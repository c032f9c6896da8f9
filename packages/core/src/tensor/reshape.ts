import { ArgumentError, formatShape, ShapeError } from '../errors.js';
import { shapeSize } from './shape.js';
import { Tensor } from './Tensor.js';

/** A copy of t in a new shape with the same number of elements; one dimension may be -1 (inferred). */
export function reshape(t: Tensor, shape: readonly number[]): Tensor {
  return new Tensor(t.data.slice(), resolveShape('reshape', t, shape));
}

/** Resolves a target shape for `t`, filling a single -1; throws when the sizes differ. */
export function resolveShape(op: string, t: Tensor, shape: readonly number[]): number[] {
  const s = [...shape];
  let infer = -1;
  for (let i = 0; i < s.length; i++) {
    const d = s[i]!;
    if (d === -1 && infer === -1) infer = i;
    else if (!Number.isInteger(d) || d < 0) {
      throw new ArgumentError(
        `${op}: invalid target shape ${formatShape(shape)}; use non-negative integers and at most one -1`,
      );
    }
  }
  if (infer >= 0) {
    const rest = shapeSize(s.filter((_, i) => i !== infer));
    if (rest === 0 || t.size % rest !== 0) {
      throw new ShapeError(
        `${op}: cannot reshape ${formatShape(t.shape)} (${t.size} elements) into ${formatShape(shape)}`,
      );
    }
    s[infer] = t.size / rest;
  }
  if (shapeSize(s) !== t.size) {
    throw new ShapeError(
      `${op}: cannot reshape ${formatShape(t.shape)} (${t.size} elements) into ${formatShape(shape)}`,
    );
  }
  return s;
}
