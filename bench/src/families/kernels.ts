import { runFamily } from '../harness/family.js';
import { batchnormBenches } from './kernels/batchnorm.js';
import { matmulBenches } from './kernels/matmul.js';
import { mlpBenches } from './kernels/mlp.js';
import { optimizerBenches } from './kernels/optimizers.js';

// One process for the kernels: dl8 and both TensorFlow.js backends side by side. With --alone
// (run by main.ts in a process of its own) the same dl8 workloads in the same order, and no tfjs
// kernel ever runs: a control that the anchors do not slow dl8 down.
await runFamily(process.argv.includes('--alone') ? 'kernels-alone' : 'kernels', async (ctx) => {
  if (!ctx.alone) {
    const { useBackend, wasmFeatures } = await import('../anchors/tfjs.js');
    await useBackend('wasm');
    ctx.info['tfjs-wasm'] = wasmFeatures();
  }
  await batchnormBenches(ctx);
  await optimizerBenches(ctx);
  await matmulBenches(ctx);
  await mlpBenches(ctx);
});
