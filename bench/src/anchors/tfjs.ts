import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
// tfjs-core's Node bundle registers no gradients (the @tensorflow/tfjs umbrella does); its ESM
// build's registrations land in the same global registry, so tf.grads works with this import.
import '@tensorflow/tfjs-core/dist/register_all_gradients.js';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

export { tf };

/** The two TensorFlow.js backends used as anchors. */
export type TfBackend = 'cpu' | 'wasm';

let wasmPathSet = false;

/**
 * Switches TensorFlow.js to `backend`. The wasm backend loads its .wasm binaries from the
 * installed package's dist folder by file path, so nothing is fetched over the network.
 */
export async function useBackend(backend: TfBackend): Promise<void> {
  if (backend === 'wasm' && !wasmPathSet) {
    const require = createRequire(import.meta.url);
    const pkg = require.resolve('@tensorflow/tfjs-backend-wasm/package.json');
    setWasmPaths(`${join(dirname(pkg), 'dist')}/`);
    wasmPathSet = true;
  }
  if (!(await tf.setBackend(backend))) throw new Error(`tfjs: backend ${backend} failed to start`);
  await tf.ready();
}

/** What the wasm backend runs with on this machine (SIMD; threads need cross-origin isolation). */
export function wasmFeatures(): string {
  const simd = tf.env().getBool('WASM_HAS_SIMD_SUPPORT');
  const threads = tf.env().getBool('WASM_HAS_MULTITHREAD_SUPPORT');
  return `simd ${simd ? 'on' : 'off'}, threads ${threads ? 'on' : 'off'}`;
}

/** Disposes one tensor or a list of them (the value a timed tfjs call returned). */
export function dispose(value: tf.Tensor | readonly tf.Tensor[] | tf.NamedTensorMap): void {
  tf.dispose(value as tf.TensorContainer);
}
