import type { Objective } from './objective.js';
import { checkPoint } from './objective.js';

const C = [1.5, 2.25, 2.625];

/** Beale: f(x, y) = sum_k (c_k - x + x y^k)^2, c = (1.5, 2.25, 2.625); minimum 0 at (3, 0.5). */
export function beale(): Objective {
  const name = 'beale';
  // Residual r_k = c_k - x (1 - y^k): dr/dx = y^k - 1, dr/dy = k x y^(k-1).
  return {
    name,
    dim: 2,
    minima: [[3, 0.5]],
    value(p) {
      checkPoint(name, 2, p);
      const [x, y] = [p[0]!, p[1]!];
      let f = 0;
      for (let k = 1; k <= 3; k++) f += (C[k - 1]! - x + x * y ** k) ** 2;
      return f;
    },
    gradient(p, out = new Float64Array(2)) {
      checkPoint(name, 2, p);
      const [x, y] = [p[0]!, p[1]!];
      let gx = 0;
      let gy = 0;
      for (let k = 1; k <= 3; k++) {
        const r = C[k - 1]! - x + x * y ** k;
        gx += 2 * r * (y ** k - 1);
        gy += 2 * r * k * x * y ** (k - 1);
      }
      out[0] = gx;
      out[1] = gy;
      return out;
    },
    hessian(p, out = new Float64Array(4)) {
      checkPoint(name, 2, p);
      const [x, y] = [p[0]!, p[1]!];
      let hxx = 0;
      let hxy = 0;
      let hyy = 0;
      for (let k = 1; k <= 3; k++) {
        const r = C[k - 1]! - x + x * y ** k;
        const rx = y ** k - 1;
        const ry = k * x * y ** (k - 1);
        const rxy = k * y ** (k - 1);
        const ryy = k === 1 ? 0 : k * (k - 1) * x * y ** (k - 2);
        hxx += 2 * rx * rx;
        hxy += 2 * (rx * ry + r * rxy);
        hyy += 2 * (ry * ry + r * ryy);
      }
      out[0] = hxx;
      out[1] = out[2] = hxy;
      out[3] = hyy;
      return out;
    },
  };
}
