import { OptimizerOptionError } from '../errors.js';
import type { Schedule } from '../types.js';
import { nonNegative, positiveInteger } from '../validate.js';

/**
 * torch CosineAnnealingLR's closed form: lr_t = etaMin + (lr - etaMin)(1 + cos(pi t / tMax)) / 2
 * for t <= tMax, then etaMin (held, not restarted: use a fresh schedule for warm restarts).
 */
export function cosineSchedule(options: { lr: number; tMax: number; etaMin?: number }): Schedule {
  const lr = nonNegative('cosineSchedule', 'lr', options.lr);
  const tMax = positiveInteger('cosineSchedule', 'tMax', options.tMax);
  const etaMin = nonNegative('cosineSchedule', 'etaMin', options.etaMin ?? 0);
  if (etaMin > lr) {
    throw new OptimizerOptionError(
      'etaMin',
      `cosineSchedule: invalid etaMin ${etaMin}: must be <= lr ${lr}`,
    );
  }
  return (t) =>
    t >= tMax ? etaMin : etaMin + ((lr - etaMin) * (1 + Math.cos((Math.PI * t) / tMax))) / 2;
}
