import type { Schedule } from '../types.js';
import { nonNegative, positiveInteger } from '../validate.js';

/** torch StepLR: lr_t = lr gamma^floor(t / stepSize). */
export function stepSchedule(options: { lr: number; stepSize: number; gamma?: number }): Schedule {
  const lr = nonNegative('stepSchedule', 'lr', options.lr);
  const stepSize = positiveInteger('stepSchedule', 'stepSize', options.stepSize);
  const gamma = nonNegative('stepSchedule', 'gamma', options.gamma ?? 0.1);
  return (t) => lr * gamma ** Math.floor(t / stepSize);
}
