import type { Objective } from './objective.js';
import { checkPoint } from './objective.js';

/** Himmelblau: f(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2; four minima of value 0, one at (3, 2). */
export function himmelblau(): Objective {
  const name = 'himmelblau';
  return {
    name,
    dim: 2,
    minima: [
      [3, 2],
      [-2.805118086952745, 3.131312518250573],
      [-3.779310253377747, -3.28318599128617],
      [3.584428340330492, -1.848126526964404],
    ],
    value(p) {
      checkPoint(name, 2, p);
      const [x, y] = [p[0]!, p[1]!];
      return (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2;
    },
    gradient(p, out = new Float64Array(2)) {
      checkPoint(name, 2, p);
      const [x, y] = [p[0]!, p[1]!];
      const u = x * x + y - 11;
      const v = x + y * y - 7;
      out[0] = 4 * x * u + 2 * v;
      out[1] = 2 * u + 4 * y * v;
      return out;
    },
    hessian(p, out = new Float64Array(4)) {
      checkPoint(name, 2, p);
      const [x, y] = [p[0]!, p[1]!];
      out[0] = 12 * x * x + 4 * y - 42;
      out[1] = out[2] = 4 * (x + y);
      out[3] = 4 * x + 12 * y * y - 26;
      return out;
    },
  };
}
