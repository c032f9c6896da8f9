import type { Bracket } from './bracketMinimum.js';

/** Result of a 1-D minimization. */
export interface ScalarMinimum {
  x: number;
  fx: number;
  iterations: number;
}

const CGOLD = 0.3819660112501051; // (3 - sqrt 5) / 2: golden-section fraction

/**
 * Brent's method: parabolic interpolation through the three best points, falling back to a
 * golden-section step when the parabola is untrustworthy. Stops when the interval around x is
 * below 2 (tol |x| + 1e-12); tol = 1e-8 is about the best a smooth minimum allows (sqrt of eps).
 */
export function brent(
  f: (x: number) => number,
  bracket: Bracket,
  tol = 1e-8,
  maxIterations = 500,
): ScalarMinimum {
  let lo = Math.min(bracket.a, bracket.c);
  let hi = Math.max(bracket.a, bracket.c);
  let x = bracket.b;
  let w = x;
  let v = x;
  let fx = bracket.fb;
  let fw = fx;
  let fv = fx;
  let d = 0;
  let e = 0;
  let it = 0;
  for (; it < maxIterations; it++) {
    const xm = 0.5 * (lo + hi);
    const tol1 = tol * Math.abs(x) + 1e-12;
    const tol2 = 2 * tol1;
    if (Math.abs(x - xm) <= tol2 - 0.5 * (hi - lo)) break;
    let golden = true;
    if (Math.abs(e) > tol1) {
      // Parabola through (v, fv), (w, fw), (x, fx): step p / q from x.
      const r = (x - w) * (fx - fv);
      let q = (x - v) * (fx - fw);
      let p = (x - v) * q - (x - w) * r;
      q = 2 * (q - r);
      if (q > 0) p = -p;
      q = Math.abs(q);
      const eOld = e;
      e = d;
      if (Math.abs(p) < Math.abs(0.5 * q * eOld) && p > q * (lo - x) && p < q * (hi - x)) {
        d = p / q;
        const u = x + d;
        if (u - lo < tol2 || hi - u < tol2) d = xm >= x ? tol1 : -tol1;
        golden = false;
      }
    }
    if (golden) {
      e = x >= xm ? lo - x : hi - x;
      d = CGOLD * e;
    }
    const u = Math.abs(d) >= tol1 ? x + d : x + (d >= 0 ? tol1 : -tol1);
    const fu = f(u);
    if (fu <= fx) {
      if (u >= x) lo = x;
      else hi = x;
      v = w;
      fv = fw;
      w = x;
      fw = fx;
      x = u;
      fx = fu;
    } else {
      if (u < x) lo = u;
      else hi = u;
      if (fu <= fw || w === x) {
        v = w;
        fv = fw;
        w = u;
        fw = fu;
      } else if (fu <= fv || v === x || v === w) {
        v = u;
        fv = fu;
      }
    }
  }
  return { x, fx, iterations: it };
}
