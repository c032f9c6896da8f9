import { useBackend, wasmFeatures } from '../anchors/tfjs.js';
import { runFamily } from '../harness/family.js';
import { batchnormBenches } from './kernels/batchnorm.js';
import { matmulBenches } from './kernels/matmul.js';
import { mlpBenches } from './kernels/mlp.js';
import { optimizerBenches } from './kernels/optimizers.js';

// One process for the kernels: dl8 and both TensorFlow.js backends side by side.
await runFamily('kernels', async (ctx) => {
  await useBackend('wasm');
  ctx.info['tfjs-wasm'] = wasmFeatures();
  await batchnormBenches(ctx);
  await optimizerBenches(ctx);
  await matmulBenches(ctx);
  await mlpBenches(ctx);
});
