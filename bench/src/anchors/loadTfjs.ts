import type { TfBackend } from './tfjs.js';

/**
 * Loads TensorFlow.js on first use and switches it to `backend`. Loaded lazily on purpose: the
 * `--alone` pass of the kernels measures dl8 in a process where tfjs never ran (loading it
 * invalidates V8's ArrayBuffer-detaching protector, which slows every typed-array loop).
 */
export async function loadTfjs(backend: TfBackend): Promise<typeof import('./tfjs.js')> {
  const mod = await import('./tfjs.js');
  await mod.useBackend(backend);
  return mod;
}
