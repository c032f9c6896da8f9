import { ArgumentError, formatShape } from '../errors.js';
import { normalizeAxes, shapeSize } from './shape.js';
import { Tensor } from './Tensor.js';

/** An axis, a list of axes, or undefined for all axes. */
export type Axis = number | readonly number[] | undefined;

type AxisKernel = (
  src: Float64Array,
  out: Float64Array,
  outer: number,
  n: number,
  inner: number,
) => void;

const sumKernel: AxisKernel = (src, out, outer, n, inner) => {
  for (let o = 0; o < outer; o++) {
    const base = o * n * inner;
    const ob = o * inner;
    for (let r = 0; r < n; r++) {
      const row = base + r * inner;
      for (let i = 0; i < inner; i++) out[ob + i]! += src[row + i]!;
    }
  }
};

const maxKernel: AxisKernel = (src, out, outer, n, inner) => {
  for (let o = 0; o < outer; o++) {
    const base = o * n * inner;
    const ob = o * inner;
    for (let i = 0; i < inner; i++) out[ob + i] = src[base + i]!;
    for (let r = 1; r < n; r++) {
      const row = base + r * inner;
      for (let i = 0; i < inner; i++) {
        const v = src[row + i]!;
        // A NaN input wins and then sticks (v > NaN is false), as in NumPy.
        if (v > out[ob + i]! || Number.isNaN(v)) out[ob + i] = v;
      }
    }
  }
};

/** Reduces one axis of `t` with `kernel`, keeping it as a size-1 dimension. */
function reduceOne(t: Tensor, axis: number, kernel: AxisKernel): Tensor {
  const shape = t.shape;
  const n = shape[axis]!;
  const outer = shapeSize(shape.slice(0, axis));
  const inner = shapeSize(shape.slice(axis + 1));
  const out = new Float64Array(outer * inner);
  kernel(t.data, out, outer, n, inner);
  const outShape = [...shape];
  outShape[axis] = 1;
  return new Tensor(out, outShape);
}

/** Shape after reducing `axes`: those dims become 1 (keepDims) or are removed. */
export function reducedShape(
  shape: readonly number[],
  axes: readonly number[],
  keepDims: boolean,
): number[] {
  if (keepDims) return shape.map((d, i) => (axes.includes(i) ? 1 : d));
  return shape.filter((_, i) => !axes.includes(i));
}

function reduce(
  op: string,
  t: Tensor,
  axis: Axis,
  keepDims: boolean,
  kernel: AxisKernel,
): { out: Tensor; count: number; axes: number[] } {
  const axes = normalizeAxes(op, axis, t.ndim);
  let cur = t;
  let count = 1;
  for (const a of axes) {
    count *= t.shape[a]!;
    cur = reduceOne(cur, a, kernel);
  }
  if (axes.length === 0) cur = new Tensor(t.data.slice(), t.shape);
  return { out: new Tensor(cur.data, reducedShape(t.shape, axes, keepDims)), count, axes };
}

/** Sum over `axis` (all axes by default): out = sum_axis t. */
export function sum(t: Tensor, axis?: Axis, keepDims = false): Tensor {
  return reduce('sum', t, axis, keepDims, sumKernel).out;
}

/** Arithmetic mean over `axis` (all by default): out = (1/n) sum_axis t. */
export function mean(t: Tensor, axis?: Axis, keepDims = false): Tensor {
  const { out, count } = reduce('mean', t, axis, keepDims, sumKernel);
  if (count === 0)
    throw new ArgumentError(`mean: cannot average over an empty axis of ${formatShape(t.shape)}`);
  const d = out.data;
  for (let i = 0; i < d.length; i++) d[i]! /= count;
  return out;
}

/** Maximum over `axis` (all by default): out = max_axis t. */
export function max(t: Tensor, axis?: Axis, keepDims = false): Tensor {
  const axes = normalizeAxes('max', axis, t.ndim);
  for (const a of axes) {
    if (t.shape[a] === 0)
      throw new ArgumentError(
        `max: cannot take the maximum over an empty axis of ${formatShape(t.shape)}`,
      );
  }
  return reduce('max', t, axis, keepDims, maxKernel).out;
}

/** Number of elements that a reduction over `axis` combines into each output: prod of reduced dims. */
export function reductionCount(op: string, shape: readonly number[], axis: Axis): number {
  let c = 1;
  for (const a of normalizeAxes(op, axis, shape.length)) c *= shape[a]!;
  return c;
}
