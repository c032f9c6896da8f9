import type { Optimizer } from '../types.js';
import { type AdamOptions, adamFamily } from './adam.js';

/** torch.optim.AdamW's options: Adam's, with weightDecay defaulting to 1e-2. */
export type AdamWOptions = AdamOptions;

/** torch.optim.AdamW (1.13): decoupled decay theta *= 1 - lr wd, then Adam's step without wd in g. */
export function adamw(options: AdamWOptions = {}): Optimizer<Required<AdamWOptions>> {
  return adamFamily('AdamW', options, true, 1e-2);
}
