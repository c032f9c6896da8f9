import { ArgumentError, formatShape, ShapeError } from '../errors.js';
import { checkShape, shapeSize, stridesOf } from './shape.js';

/** A nested array of numbers, as accepted by `tensor()` and returned by `toNested()`. */
export type NestedArray = number | readonly NestedArray[];

/**
 * An n-dimensional array: row-major `Float64Array` storage plus a shape.
 * Element (i0, ..., ik) lives at data[sum_j i_j * stride_j]. The data is mutable in place
 * (optimizers update `data` directly); the shape is fixed.
 */
export class Tensor {
  /** Row-major element storage. */
  readonly data: Float64Array;
  /** Dimensions, outermost first; `[]` for a scalar. */
  readonly shape: readonly number[];
  /** Number of elements: prod(shape). */
  readonly size: number;

  /** Wraps `data` (not copied) with `shape`; data.length must equal prod(shape). */
  constructor(data: Float64Array, shape: readonly number[]) {
    const s = checkShape('Tensor', shape);
    const size = shapeSize(s);
    if (data.length !== size) {
      throw new ShapeError(
        `Tensor: data has ${data.length} elements but shape ${formatShape(s)} needs ${size}`,
      );
    }
    this.data = data;
    this.shape = Object.freeze(s);
    this.size = size;
  }

  /** Number of dimensions: shape.length. */
  get ndim(): number {
    return this.shape.length;
  }

  /** The single value of a one-element tensor. */
  item(): number {
    if (this.size !== 1) {
      throw new ShapeError(
        `item: tensor of shape ${formatShape(this.shape)} has ${this.size} elements, expected 1`,
      );
    }
    return this.data[0]!;
  }

  /** Element at a full multi-index (negative indices count from the end). */
  get(...index: number[]): number {
    if (index.length !== this.shape.length) {
      throw new ArgumentError(
        `get: expected ${this.shape.length} indices for shape ${formatShape(this.shape)}, got ${index.length}`,
      );
    }
    const strides = stridesOf(this.shape);
    let offset = 0;
    for (let i = 0; i < index.length; i++) {
      const d = this.shape[i]!;
      let k = index[i]!;
      if (!Number.isInteger(k) || k < -d || k >= d) {
        throw new ArgumentError(`get: index ${k} is out of range for dimension ${i} of size ${d}`);
      }
      if (k < 0) k += d;
      offset += k * strides[i]!;
    }
    return this.data[offset]!;
  }

  /** A deep copy (new storage). */
  clone(): Tensor {
    return new Tensor(this.data.slice(), this.shape);
  }

  /** Short description for debugging: `Tensor([2, 3])`. */
  toString(): string {
    return `Tensor(${formatShape(this.shape)})`;
  }
}
