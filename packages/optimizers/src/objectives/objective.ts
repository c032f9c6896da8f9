import { OptimizerInputError } from '../errors.js';

/** f(x) = 0.5 x^T A x - b^T x + c with A symmetric (row-major n x n): lets methods minimize exactly. */
export interface QuadraticForm {
  readonly A: Float64Array;
  readonly b: Float64Array;
  readonly c: number;
}

/** A test function with value, gradient and Hessian (row-major dim x dim) at a point of length dim. */
export interface Objective {
  readonly name: string;
  readonly dim: number;
  value(x: Float64Array): number;
  /** Writes the gradient into `out` (allocated when omitted) and returns it. */
  gradient(x: Float64Array, out?: Float64Array): Float64Array;
  /** Writes the Hessian into `out` (dim * dim, allocated when omitted) and returns it. */
  hessian(x: Float64Array, out?: Float64Array): Float64Array;
  /** Present when f is exactly quadratic: exact coordinate and line minimization use it. */
  readonly quadratic?: QuadraticForm;
  /** Known minimizers (or stationary points for the saddle), for plots and tests. */
  readonly minima?: readonly (readonly number[])[];
}

/** Throws unless `x` has the objective's dimension. */
export function checkPoint(name: string, dim: number, x: Float64Array): void {
  if (x.length !== dim) {
    throw new OptimizerInputError(
      `${name}: point has length ${x.length}; this objective takes ${dim} coordinates`,
    );
  }
}
