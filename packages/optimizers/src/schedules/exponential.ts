import type { Schedule } from '../types.js';
import { nonNegative } from '../validate.js';

/** torch ExponentialLR: lr_t = lr gamma^t. */
export function exponentialSchedule(options: { lr: number; gamma: number }): Schedule {
  const lr = nonNegative('exponentialSchedule', 'lr', options.lr);
  const gamma = nonNegative('exponentialSchedule', 'gamma', options.gamma);
  return (t) => lr * gamma ** t;
}
