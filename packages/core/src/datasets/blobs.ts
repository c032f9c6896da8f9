import { ArgumentError } from '../errors.js';
import { shuffled } from './shuffled.js';
import { type ClassificationDataset, checkDatasetOptions, type DatasetOptions } from './types.js';

/** Options of `blobs`. */
export interface BlobsOptions extends DatasetOptions {
  /** Number of clusters (centres drawn uniformly in [-box, box]^dim), or explicit centres. Default 3. */
  centers?: number | readonly (readonly number[])[];
  /** Dimension of each point when centres are drawn. Default 2. */
  dim?: number;
  /** Half-width of the box the centres are drawn from. Default 5. */
  box?: number;
}

/** Isotropic Gaussian clusters: x = c_k + noise * N(0, I), label k; noise (std) defaults to 1. */
export function blobs(options: BlobsOptions): ClassificationDataset {
  checkDatasetOptions('blobs', options);
  const { n, rng, noise = 1, centers = 3, dim = 2, box = 5 } = options;
  let cs: readonly (readonly number[])[];
  if (typeof centers === 'number') {
    if (!Number.isInteger(centers) || centers < 1)
      throw new ArgumentError(`blobs: centers must be a positive integer, got ${centers}`);
    if (!Number.isInteger(dim) || dim < 1)
      throw new ArgumentError(`blobs: dim must be a positive integer, got ${dim}`);
    cs = Array.from({ length: centers }, () =>
      Array.from({ length: dim }, () => rng.uniform(-box, box)),
    );
  } else {
    cs = centers;
    if (cs.length === 0 || cs.some((c) => c.length !== cs[0]!.length || c.length === 0)) {
      throw new ArgumentError('blobs: centers must be a non-empty list of points of one dimension');
    }
  }
  const k = cs.length;
  const d = cs[0]!.length;
  const x = new Float64Array(n * d);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % k;
    y[i] = c;
    for (let j = 0; j < d; j++) x[i * d + j] = cs[c]![j]! + rng.normal(0, noise);
  }
  return shuffled(x, y, d, k, rng);
}
