import { OptimizerOptionError } from '../errors.js';
import { bracketMinimum } from './bracketMinimum.js';
import { brent, type ScalarMinimum } from './brent.js';
import { goldenSection } from './goldenSection.js';

/** Options of the robust 1-D minimizer. */
export interface ScalarOptions {
  /** Starting point (default 0) and first trial step (default 1) for bracketing. */
  x0?: number;
  step?: number;
  method?: 'brent' | 'golden';
  tol?: number;
  maxIterations?: number;
}

/** Minimizes a smooth 1-D function: bracket a minimum downhill from x0, then Brent (default) or golden section. */
export function minimizeScalar(
  f: (x: number) => number,
  options: ScalarOptions = {},
): ScalarMinimum {
  const method = options.method ?? 'brent';
  if (method !== 'brent' && method !== 'golden') {
    throw new OptimizerOptionError(
      'method',
      `minimizeScalar: invalid method ${JSON.stringify(method)}: must be 'brent' or 'golden'`,
    );
  }
  const bracket = bracketMinimum(f, options.x0 ?? 0, options.step ?? 1);
  const solve = method === 'brent' ? brent : goldenSection;
  return solve(f, bracket, options.tol ?? 1e-8, options.maxIterations ?? 500);
}
