import { ArgumentError, formatShape, ShapeError } from '../errors.js';
import { checkShape, shapeSize } from './shape.js';
import { type NestedArray, Tensor } from './Tensor.js';

function inferShape(values: NestedArray): number[] {
  const shape: number[] = [];
  let v: NestedArray = values;
  while (Array.isArray(v)) {
    shape.push(v.length);
    if (v.length === 0) break;
    v = v[0] as NestedArray;
  }
  return shape;
}

function flatten(
  values: NestedArray,
  shape: readonly number[],
  depth: number,
  out: number[],
): void {
  if (depth === shape.length) {
    if (typeof values !== 'number') {
      throw new ShapeError(
        `tensor: ragged nested array; expected a number at depth ${depth} of shape ${formatShape(shape)}`,
      );
    }
    out.push(values);
    return;
  }
  if (!Array.isArray(values) || values.length !== shape[depth]) {
    throw new ShapeError(
      `tensor: ragged nested array; expected length ${shape[depth]} at depth ${depth} of shape ${formatShape(shape)}`,
    );
  }
  for (const v of values as readonly NestedArray[]) flatten(v, shape, depth + 1, out);
}

/** Builds a tensor from a number (shape []) or nested arrays; `shape`, if given, reshapes the values. */
export function tensor(values: NestedArray, shape?: readonly number[]): Tensor {
  const inferred = inferShape(values);
  const flat: number[] = [];
  flatten(values, inferred, 0, flat);
  const data = Float64Array.from(flat);
  if (shape === undefined) return new Tensor(data, inferred);
  const s = checkShape('tensor', shape);
  if (shapeSize(s) !== data.length) {
    throw new ShapeError(`tensor: ${data.length} values cannot fill shape ${formatShape(s)}`);
  }
  return new Tensor(data, s);
}

/** Copies `data` into a new tensor of the given shape (row-major). */
export function fromArray(data: ArrayLike<number>, shape: readonly number[]): Tensor {
  const s = checkShape('fromArray', shape);
  if (shapeSize(s) !== data.length) {
    throw new ShapeError(`fromArray: ${data.length} values cannot fill shape ${formatShape(s)}`);
  }
  return new Tensor(Float64Array.from(data), s);
}

/** Tensor filled with `value`: t_i = value. */
export function full(shape: readonly number[], value: number): Tensor {
  const s = checkShape('full', shape);
  return new Tensor(new Float64Array(shapeSize(s)).fill(value), s);
}

/** Tensor of zeros: t_i = 0. */
export function zeros(shape: readonly number[]): Tensor {
  const s = checkShape('zeros', shape);
  return new Tensor(new Float64Array(shapeSize(s)), s);
}

/** Tensor of ones: t_i = 1. */
export function ones(shape: readonly number[]): Tensor {
  return full(checkShape('ones', shape), 1);
}

/** 1-D tensor start, start + step, ... up to (excluding) stop; `arange(n)` is 0..n-1. */
export function arange(start: number, stop?: number, step = 1): Tensor {
  if (stop === undefined) {
    stop = start;
    start = 0;
  }
  if (step === 0 || !Number.isFinite(step)) {
    throw new ArgumentError(`arange: step must be a non-zero finite number, got ${step}`);
  }
  const n = Math.max(0, Math.ceil((stop - start) / step));
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) data[i] = start + i * step;
  return new Tensor(data, [n]);
}

/** 1-D tensor of n evenly spaced values from a to b inclusive: a + i (b - a) / (n - 1). */
export function linspace(a: number, b: number, n: number): Tensor {
  if (!Number.isInteger(n) || n < 0) {
    throw new ArgumentError(`linspace: n must be a non-negative integer, got ${n}`);
  }
  const data = new Float64Array(n);
  if (n === 1) data[0] = a;
  else {
    const h = (b - a) / (n - 1);
    for (let i = 0; i < n; i++) data[i] = i === n - 1 ? b : a + i * h;
  }
  return new Tensor(data, [n]);
}

/** n x n identity matrix: I_ij = [i = j]. */
export function eye(n: number): Tensor {
  if (!Number.isInteger(n) || n < 0) {
    throw new ArgumentError(`eye: n must be a non-negative integer, got ${n}`);
  }
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) data[i * n + i] = 1;
  return new Tensor(data, [n, n]);
}
