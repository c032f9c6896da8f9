/** The array types the kernels read and write: results are accumulated in double either way. */
export type FloatArray = Float32Array | Float64Array;

/**
 * The four loops batch norm needs, over data laid out as [n, c, s] (s = product of the spatial
 * sizes, 1 for [N, C]). Only flat typed arrays and integers cross this boundary and every output
 * is preallocated by the caller, so a WebAssembly build can implement the same interface.
 */
export interface BatchNormKernels {
  /** mean[c] and biased variance[c] over the n * s values of channel c (corrected two-pass). */
  moments(
    x: FloatArray,
    n: number,
    c: number,
    s: number,
    mean: Float64Array,
    variance: Float64Array,
  ): void;
  /** out = (x - center[c]) * scale[c] + bias[c]. */
  affine(
    x: FloatArray,
    n: number,
    c: number,
    s: number,
    center: Float64Array,
    scale: Float64Array,
    bias: Float64Array,
    out: FloatArray,
  ): void;
  /** sumDy[c] = sum(dy) and sumDyCentered[c] = sum(dy * (x - center[c])) over channel c. */
  gradSums(
    dy: FloatArray,
    x: FloatArray,
    n: number,
    c: number,
    s: number,
    center: Float64Array,
    sumDy: Float64Array,
    sumDyCentered: Float64Array,
  ): void;
  /** out = dy * p[c] + (x - center[c]) * r[c] + q[c]. */
  gradInput(
    dy: FloatArray,
    x: FloatArray,
    n: number,
    c: number,
    s: number,
    center: Float64Array,
    p: Float64Array,
    r: Float64Array,
    q: Float64Array,
    out: FloatArray,
  ): void;
}
