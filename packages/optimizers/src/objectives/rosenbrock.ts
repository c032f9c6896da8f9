import type { Objective } from './objective.js';
import { checkPoint } from './objective.js';

/** Rosenbrock: f(x, y) = (a - x)^2 + b (y - x^2)^2, minimum 0 at (a, a^2); defaults a = 1, b = 100. */
export function rosenbrock(options: { a?: number; b?: number } = {}): Objective {
  const a = options.a ?? 1;
  const b = options.b ?? 100;
  const name = 'rosenbrock';
  return {
    name,
    dim: 2,
    minima: [[a, a * a]],
    value(p) {
      checkPoint(name, 2, p);
      const x = p[0]!;
      const r = p[1]! - x * x;
      return (a - x) ** 2 + b * r * r;
    },
    gradient(p, out = new Float64Array(2)) {
      checkPoint(name, 2, p);
      const x = p[0]!;
      const r = p[1]! - x * x;
      out[0] = -2 * (a - x) - 4 * b * x * r;
      out[1] = 2 * b * r;
      return out;
    },
    hessian(p, out = new Float64Array(4)) {
      checkPoint(name, 2, p);
      const x = p[0]!;
      const y = p[1]!;
      out[0] = 2 - 4 * b * y + 12 * b * x * x;
      out[1] = out[2] = -4 * b * x;
      out[3] = 2 * b;
      return out;
    },
  };
}
