import type { Schedule } from '../types.js';
import { nonNegative } from '../validate.js';

/** lr_t = lr for every step. */
export function constantSchedule(lr: number): Schedule {
  nonNegative('constantSchedule', 'lr', lr);
  return () => lr;
}
