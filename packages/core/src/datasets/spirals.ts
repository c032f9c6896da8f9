import { ArgumentError } from '../errors.js';
import { shuffled } from './shuffled.js';
import { type ClassificationDataset, checkDatasetOptions, type DatasetOptions } from './types.js';

/** Options of `spirals`. */
export interface SpiralsOptions extends DatasetOptions {
  /** Number of arms (classes). Default 3. */
  classes?: number;
  /** Turns each arm makes from the centre outwards. Default 1. */
  turns?: number;
}

/**
 * Interleaved spiral arms: point i of arm c has radius r in (0, 1] and angle
 * theta = 2 pi c / classes + 2 pi turns r + noise * N(0, 1); x = r (cos theta, sin theta).
 * noise defaults to 0.2 (radians).
 */
export function spirals(options: SpiralsOptions): ClassificationDataset {
  checkDatasetOptions('spirals', options);
  const { n, rng, noise = 0.2, classes = 3, turns = 1 } = options;
  if (!Number.isInteger(classes) || classes < 2)
    throw new ArgumentError(`spirals: classes must be an integer >= 2, got ${classes}`);
  const perClass = Math.ceil(n / classes);
  const x = new Float64Array(n * 2);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % classes;
    const k = Math.floor(i / classes);
    const r = (k + 1) / perClass;
    const theta = (2 * Math.PI * c) / classes + 2 * Math.PI * turns * r + noise * rng.normal();
    x[2 * i] = r * Math.cos(theta);
    x[2 * i + 1] = r * Math.sin(theta);
    y[i] = c;
  }
  return shuffled(x, y, 2, classes, rng);
}
