import { shuffled } from './shuffled.js';
import { type ClassificationDataset, checkDatasetOptions, type DatasetOptions } from './types.js';

/**
 * XOR: p uniform on [-1, 1]^2, label [p_1 > 0] xor [p_2 > 0], then x = p + N(0, noise^2 I)
 * (noise defaults to 0.1), so points near the axes can sit on the wrong side.
 */
export function xor(options: DatasetOptions): ClassificationDataset {
  checkDatasetOptions('xor', options);
  const { n, rng, noise = 0.1 } = options;
  const x = new Float64Array(n * 2);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const a = rng.uniform(-1, 1);
    const b = rng.uniform(-1, 1);
    y[i] = a > 0 !== b > 0 ? 1 : 0;
    x[2 * i] = a + rng.normal(0, noise);
    x[2 * i + 1] = b + rng.normal(0, noise);
  }
  return shuffled(x, y, 2, 2, rng);
}
