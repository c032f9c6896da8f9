import { OptimizerInputError } from '../errors.js';
import type { Objective } from './objective.js';
import { checkPoint } from './objective.js';

/**
 * f(x) = 0.5 x^T A x - b^T x + c, gradient A x - b, Hessian A. A is row-major n x n and must be
 * symmetric (checked to 1e-12 relative), as in the optimizers.json fixtures.
 */
export function quadratic(
  A: ArrayLike<number>,
  b: ArrayLike<number>,
  options: { c?: number; name?: string; minima?: readonly (readonly number[])[] } = {},
): Objective {
  const n = b.length;
  const name = options.name ?? 'quadratic';
  if (A.length !== n * n) {
    throw new OptimizerInputError(
      `${name}: A has ${A.length} entries but b has length ${n}; A must be n x n = ${n * n}`,
    );
  }
  const a = Float64Array.from(A);
  const bb = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const x = a[i * n + j]!;
      const y = a[j * n + i]!;
      if (Math.abs(x - y) > 1e-12 * Math.max(1, Math.abs(x), Math.abs(y))) {
        throw new OptimizerInputError(
          `${name}: A must be symmetric; A[${i}][${j}] = ${x} but A[${j}][${i}] = ${y}`,
        );
      }
    }
  }
  const c = options.c ?? 0;
  return {
    name,
    dim: n,
    quadratic: { A: a, b: bb, c },
    ...(options.minima ? { minima: options.minima } : {}),
    value(x) {
      checkPoint(name, n, x);
      let f = c;
      for (let i = 0; i < n; i++) {
        let ax = 0;
        for (let j = 0; j < n; j++) ax += a[i * n + j]! * x[j]!;
        f += 0.5 * x[i]! * ax - bb[i]! * x[i]!;
      }
      return f;
    },
    gradient(x, out = new Float64Array(n)) {
      checkPoint(name, n, x);
      for (let i = 0; i < n; i++) {
        let ax = 0;
        for (let j = 0; j < n; j++) ax += a[i * n + j]! * x[j]!;
        out[i] = ax - bb[i]!;
      }
      return out;
    },
    hessian(x, out = new Float64Array(n * n)) {
      checkPoint(name, n, x);
      out.set(a);
      return out;
    },
  };
}
