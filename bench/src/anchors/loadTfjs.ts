import type { TfBackend } from './tfjs.js';

/** TensorFlow.js switched to `backend`, loaded on first use (the `--alone` pass never asks). */
export async function loadTfjs(backend: TfBackend): Promise<typeof import('./tfjs.js')> {
  const mod = await import('./tfjs.js');
  await mod.useBackend(backend);
  return mod;
}
