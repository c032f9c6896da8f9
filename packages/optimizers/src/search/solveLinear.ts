import { OptimizerInputError } from '../errors.js';

/**
 * Solves A x = b (A row-major n x n) by Gaussian elimination with partial pivoting; throws when
 * A is singular to working precision. Returns a new array; A and b are left unchanged.
 */
export function solveLinear(A: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const n = b.length;
  if (A.length !== n * n) {
    throw new OptimizerInputError(
      `solveLinear: A has ${A.length} entries; b has length ${n}, so A must have ${n * n}`,
    );
  }
  const m = Float64Array.from(A);
  const x = Float64Array.from(b);
  let scale = 0;
  for (let i = 0; i < m.length; i++) scale = Math.max(scale, Math.abs(m[i]!));
  for (let k = 0; k < n; k++) {
    let piv = k;
    for (let i = k + 1; i < n; i++)
      if (Math.abs(m[i * n + k]!) > Math.abs(m[piv * n + k]!)) piv = i;
    if (!(Math.abs(m[piv * n + k]!) > 1e-14 * scale)) {
      throw new OptimizerInputError(
        `solveLinear: matrix is singular (pivot ${k} is ${m[piv * n + k]})`,
      );
    }
    if (piv !== k) {
      for (let j = 0; j < n; j++) {
        const t = m[k * n + j]!;
        m[k * n + j] = m[piv * n + j]!;
        m[piv * n + j] = t;
      }
      const t = x[k]!;
      x[k] = x[piv]!;
      x[piv] = t;
    }
    for (let i = k + 1; i < n; i++) {
      const f = m[i * n + k]! / m[k * n + k]!;
      if (f === 0) continue;
      for (let j = k; j < n; j++) m[i * n + j] = m[i * n + j]! - f * m[k * n + j]!;
      x[i] = x[i]! - f * x[k]!;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i]!;
    for (let j = i + 1; j < n; j++) s -= m[i * n + j]! * x[j]!;
    x[i] = s / m[i * n + i]!;
  }
  return x;
}
