import type { Bracket } from './bracketMinimum.js';
import type { ScalarMinimum } from './brent.js';

const R = 0.6180339887498949; // (sqrt 5 - 1) / 2

/** Golden-section search inside a bracket: shrinks [a, c] by 0.618 per evaluation until below tol (|x| + 1e-12 scaled). */
export function goldenSection(
  f: (x: number) => number,
  bracket: Bracket,
  tol = 1e-8,
  maxIterations = 500,
): ScalarMinimum {
  let lo = Math.min(bracket.a, bracket.c);
  let hi = Math.max(bracket.a, bracket.c);
  let x1 = hi - R * (hi - lo);
  let x2 = lo + R * (hi - lo);
  let f1 = f(x1);
  let f2 = f(x2);
  let it = 0;
  for (; it < maxIterations; it++) {
    if (hi - lo <= 2 * (tol * Math.abs(0.5 * (lo + hi)) + 1e-12)) break;
    if (f1 < f2) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - R * (hi - lo);
      f1 = f(x1);
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + R * (hi - lo);
      f2 = f(x2);
    }
  }
  let best = f1 < f2 ? { x: x1, fx: f1 } : { x: x2, fx: f2 };
  if (bracket.fb < best.fx) best = { x: bracket.b, fx: bracket.fb };
  return { ...best, iterations: it };
}
