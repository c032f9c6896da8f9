import type { Schedule } from '../types.js';
import { nonNegative, positiveInteger } from '../validate.js';

/**
 * The book's schedule (8.3.1, eq. 8.14): eps_k = (1 - a) eps_0 + a eps_tau with a = k / tau for
 * k <= tau, then eps_tau. The book suggests eps_tau about 1% of eps_0 (the default).
 */
export function linearDecay(options: { lr0: number; tau: number; lrTau?: number }): Schedule {
  const lr0 = nonNegative('linearDecay', 'lr0', options.lr0);
  const tau = positiveInteger('linearDecay', 'tau', options.tau);
  const lrTau = nonNegative('linearDecay', 'lrTau', options.lrTau ?? lr0 / 100);
  return (k) => {
    if (k >= tau) return lrTau;
    const a = k / tau;
    return (1 - a) * lr0 + a * lrTau;
  };
}
