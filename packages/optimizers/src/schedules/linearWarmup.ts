import type { Schedule } from '../types.js';
import { nonNegative, positiveInteger, unitClosed } from '../validate.js';

/**
 * Linear warm-up (torch LinearLR with endFactor 1): lr_t = lr (s + (1 - s) t / warmupSteps) for
 * t < warmupSteps, then `after(t - warmupSteps)` if given, else lr. Defaults as torch: s = 1/3, 5 steps.
 */
export function linearWarmup(options: {
  lr: number;
  warmupSteps?: number;
  startFactor?: number;
  after?: Schedule;
}): Schedule {
  const lr = nonNegative('linearWarmup', 'lr', options.lr);
  const w = positiveInteger('linearWarmup', 'warmupSteps', options.warmupSteps ?? 5);
  const s = unitClosed('linearWarmup', 'startFactor', options.startFactor ?? 1 / 3);
  const after = options.after;
  return (t) => (t < w ? lr * (s + ((1 - s) * t) / w) : after ? after(t - w) : lr);
}
