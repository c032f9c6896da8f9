import { shuffled } from './shuffled.js';
import { type ClassificationDataset, checkDatasetOptions, type DatasetOptions } from './types.js';

/**
 * Two interleaving half circles: class 0 on (cos t, sin t), class 1 on (1 - cos t, 1/2 - sin t),
 * t evenly spaced in [0, pi], plus N(0, noise^2) on each coordinate (noise defaults to 0.1).
 */
export function moons(options: DatasetOptions): ClassificationDataset {
  checkDatasetOptions('moons', options);
  const { n, rng, noise = 0.1 } = options;
  const nOuter = Math.ceil(n / 2);
  const nInner = n - nOuter;
  const x = new Float64Array(n * 2);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const inner = i >= nOuter;
    const m = inner ? nInner : nOuter;
    const k = inner ? i - nOuter : i;
    const t = m > 1 ? (Math.PI * k) / (m - 1) : 0;
    const px = inner ? 1 - Math.cos(t) : Math.cos(t);
    const py = inner ? 0.5 - Math.sin(t) : Math.sin(t);
    x[2 * i] = px + rng.normal(0, noise);
    x[2 * i + 1] = py + rng.normal(0, noise);
    y[i] = inner ? 1 : 0;
  }
  return shuffled(x, y, 2, 2, rng);
}
