import { ArgumentError, formatShape, ShapeError } from '../errors.js';

/** Number of elements of a shape: the product of its dimensions (1 for a scalar `[]`). */
export function shapeSize(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Rejects shapes with negative or non-integer dimensions, naming the op. */
export function checkShape(op: string, shape: readonly number[]): number[] {
  if (!Array.isArray(shape)) {
    throw new ArgumentError(
      `${op}: shape must be an array of non-negative integers, got ${String(shape)}`,
    );
  }
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) {
      throw new ArgumentError(
        `${op}: shape ${formatShape(shape)} has an invalid dimension ${d}; dimensions must be non-negative integers`,
      );
    }
  }
  return [...shape];
}

/** Row-major strides of a shape: stride[i] = prod(shape[i+1..]). */
export function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i]!;
  }
  return strides;
}

/** NumPy broadcasting: align from the right; each pair of dims must be equal or one of them 1. */
export function broadcastShapes(
  a: readonly number[],
  b: readonly number[],
  op = 'broadcast',
): number[] {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const da = a[a.length - n + i] ?? 1;
    const db = b[b.length - n + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new ShapeError(
        `${op}: shapes ${formatShape(a)} and ${formatShape(b)} cannot be broadcast (dimension ${i}: ${da} vs ${db})`,
      );
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

/** Turns a possibly negative axis into 0..ndim-1, rejecting non-integers and out-of-range values. */
export function normalizeAxis(op: string, axis: number, ndim: number): number {
  if (!Number.isInteger(axis)) {
    throw new ArgumentError(`${op}: axis must be an integer, got ${axis}`);
  }
  if (axis < -ndim || axis >= ndim) {
    throw new ArgumentError(
      `${op}: axis ${axis} is out of range for a tensor with ${ndim} dimension(s); allowed ${-ndim}..${ndim - 1}`,
    );
  }
  return axis < 0 ? axis + ndim : axis;
}

/** Normalizes `axis` (undefined = all axes) into a sorted, duplicate-free list of axes. */
export function normalizeAxes(
  op: string,
  axis: number | readonly number[] | undefined,
  ndim: number,
): number[] {
  if (axis === undefined) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof axis === 'number' ? [axis] : [...axis];
  const out = list.map((a) => normalizeAxis(op, a, ndim));
  const unique = [...new Set(out)].sort((x, y) => x - y);
  if (unique.length !== out.length) {
    throw new ArgumentError(`${op}: axis list [${list.join(', ')}] repeats an axis`);
  }
  return unique;
}

/** Whether two shapes are identical. */
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
