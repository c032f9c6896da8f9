import { ArgumentError } from '../errors.js';
import type { Rng } from '../rng/createRng.js';
import type { Tensor } from '../tensor/Tensor.js';

/** A labelled data set: inputs x of shape [n, d] and labels or targets y (n of them). */
export interface Dataset {
  x: Tensor;
  y: Int32Array | Tensor;
}

/** A classification data set: y holds class indices 0..classes-1. */
export interface ClassificationDataset extends Dataset {
  y: Int32Array;
  classes: number;
}

/** Options every generator takes: how many points, the seeded source, and the noise level. */
export interface DatasetOptions {
  n: number;
  rng: Rng;
  noise?: number;
}

/** Validates n, rng and noise shared by every generator. */
export function checkDatasetOptions(op: string, options: DatasetOptions): void {
  const { n, rng, noise = 0 } = options ?? ({} as DatasetOptions);
  if (!Number.isInteger(n) || n < 0)
    throw new ArgumentError(`${op}: n must be a non-negative integer, got ${n}`);
  if (rng === undefined || typeof rng.normal !== 'function') {
    throw new ArgumentError(`${op}: options.rng (a seeded generator from createRng) is required`);
  }
  if (!(noise >= 0)) throw new ArgumentError(`${op}: noise must be >= 0, got ${noise}`);
}
