import { createRng } from '@dl8/core';

/** `n` standard-normal values from @dl8/core's seeded generator, as float32 or float64. */
export function normalArray(
  n: number,
  seed: number,
  type: 'f32' | 'f64',
): Float32Array | Float64Array {
  const rng = createRng(seed);
  const out = type === 'f32' ? new Float32Array(n) : new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.normal();
  return out;
}
