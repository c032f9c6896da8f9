import { OptimizerInputError } from '../errors.js';

/** Three points a, b, c (b between a and c) with f(b) <= f(a) and f(b) < f(c): a minimum lies in [a, c]. */
export interface Bracket {
  a: number;
  b: number;
  c: number;
  fa: number;
  fb: number;
  fc: number;
}

const GROW = 1.618033988749895;

/**
 * Brackets a minimum of f starting from x0 with a first step `step`, walking downhill with
 * golden-ratio growth. Throws when f keeps decreasing for `maxIterations` expansions (unbounded).
 */
export function bracketMinimum(
  f: (x: number) => number,
  x0 = 0,
  step = 1,
  maxIterations = 100,
): Bracket {
  if (!(step !== 0 && Number.isFinite(step))) {
    throw new OptimizerInputError(`bracketMinimum: step must be finite and non-zero, got ${step}`);
  }
  let a = x0;
  let b = x0 + step;
  let fa = f(a);
  let fb = f(b);
  if (fb > fa) {
    // Walk the other way: swap so that b is downhill of a.
    [a, b] = [b, a];
    [fa, fb] = [fb, fa];
  }
  let c = b + GROW * (b - a);
  let fc = f(c);
  for (let i = 0; fc < fb; i++) {
    if (i >= maxIterations || !Number.isFinite(fc)) {
      throw new OptimizerInputError(
        `bracketMinimum: f still decreasing after ${i} expansions (at x = ${c}, f = ${fc}); the 1-D problem looks unbounded below`,
      );
    }
    a = b;
    fa = fb;
    b = c;
    fb = fc;
    c = b + GROW * (b - a);
    fc = f(c);
  }
  return { a, b, c, fa, fb, fc };
}
