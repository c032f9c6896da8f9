import { batchNorm } from '@dl8/batchnorm';
import { loadTfjs } from '../../anchors/loadTfjs.js';
import type { TfBackend, tf } from '../../anchors/tfjs.js';
import { arrayBytesPerCall } from '../../harness/allocation.js';
import { copyReference } from '../../harness/copyReference.js';
import { normalArray } from '../../harness/data.js';
import type { FamilyContext } from '../../harness/family.js';
import { measure } from '../../harness/measure.js';
import type { Anchor, Row, Target } from '../../harness/row.js';
import { batchnormKernelBenches } from './batchnormKernels.js';

const N = 4096;
const C = 1024;
const EPS = 1e-5;

/**
 * BN forward and forward+backward on [4096, 1024], training mode: float32 first (with the four
 * loops on their own while the kernels have seen float32 only), then float64, then the float32
 * forward again, now that the same kernels have run on both array types.
 */
export async function batchnormBenches(ctx: FamilyContext): Promise<void> {
  for (const pass of ['forward', 'fwdbwd'] as const) {
    await ctx.bench(`bn.${pass}.f32`, () => bnRow(ctx, 'f32', pass));
  }
  await batchnormKernelBenches(ctx);
  for (const pass of ['forward', 'fwdbwd'] as const) {
    await ctx.bench(`bn.${pass}.f64`, () => bnRow(ctx, 'f64', pass));
  }
  await ctx.bench('bn.forward.f32.mixed', async () => {
    const row = await bnRow(ctx, 'f32', 'forward', false);
    return {
      ...row,
      id: 'bn.forward.f32.mixed',
      name: 'BN forward f32 after f64 use',
      targets: [],
      notes: ['same call as BN forward f32, after the kernels also ran on Float64Array'],
    };
  });
}

async function bnRow(
  ctx: FamilyContext,
  type: 'f32' | 'f64',
  pass: 'forward' | 'fwdbwd',
  withAnchors = true,
): Promise<Row> {
  const x = normalArray(N * C, 1, type);
  const dy = normalArray(N * C, 2, type);
  const gamma = normalArray(C, 3, 'f64') as Float64Array;
  const beta = normalArray(C, 4, 'f64') as Float64Array;
  const out = type === 'f32' ? new Float32Array(N * C) : new Float64Array(N * C);
  const dx = type === 'f32' ? new Float32Array(N * C) : new Float64Array(N * C);
  const shape = [N, C];
  const forward = () => batchNorm(x, shape, { gamma, beta, eps: EPS, out });
  const run = (): unknown => (pass === 'forward' ? forward() : forward().backward(dy, { out: dx }));
  const dl8 = await measure(run, ctx.options);
  const allocated = arrayBytesPerCall(run);
  const anchors: Anchor[] = [];
  const notes: string[] = [];
  if (type === 'f64') notes.push('tfjs has no float64: only the copy reference');
  if (type === 'f32' && pass === 'fwdbwd') {
    notes.push(
      'no tfjs-cpu anchor: one tfjs-cpu fwd+bwd takes seconds, 16 of them would blow the time budget',
    );
  }
  if (type === 'f32' && withAnchors && !ctx.alone) {
    for (const backend of pass === 'forward' ? (['cpu', 'wasm'] as const) : (['wasm'] as const)) {
      anchors.push(
        await tfjsBn(ctx, backend, pass, x as Float32Array, dy as Float32Array, gamma, beta),
      );
    }
  }
  anchors.push(await copyReference(x.byteLength, ctx.options));
  const targets: Target[] =
    type === 'f32'
      ? [
          pass === 'forward'
            ? { label: '<= 15 ms', of: 'value', op: '<=', value: 15 }
            : { label: '<= 40 ms', of: 'value', op: '<=', value: 40 },
          { label: '>= 5x tfjs-wasm', of: 'tfjs-wasm', op: '>=', value: 5 },
          ...(pass === 'forward'
            ? [{ label: '>= 40x tfjs-cpu', of: 'tfjs-cpu', op: '>=', value: 40 } as const]
            : []),
        ]
      : [];
  const row: Row = {
    family: 'kernels',
    id: `bn.${pass}.${type}`,
    name: `BN ${pass === 'forward' ? 'forward' : 'fwd+bwd'} [4096,1024] ${type}`,
    unit: 'ms',
    dl8,
    anchors,
    targets: [...targets, noAllocation(x.byteLength)],
    extra: { allocatedBytesPerCall: allocated ?? 'n/a' },
    notes,
  };
  return row;
}

/** "No allocation in steady-state loops": under 1% of the data's bytes allocated per call. */
export function noAllocation(dataBytes: number): Target {
  return { label: 'alloc < 1% of data', of: 'allocation', op: '<=', value: dataBytes / 100 };
}

/** tfjs training-mode BN: tf.moments over the batch axis, then tf.batchNorm (and its tf.grads). */
async function tfjsBn(
  ctx: FamilyContext,
  backend: TfBackend,
  pass: 'forward' | 'fwdbwd',
  x: Float32Array,
  dy: Float32Array,
  gamma: Float64Array,
  beta: Float64Array,
): Promise<Anchor> {
  const { tf, dispose } = await loadTfjs(backend);
  const tx = tf.tensor2d(x, [N, C]);
  const tdy = tf.tensor2d(dy, [N, C]);
  const tg = tf.tensor1d(Float32Array.from(gamma));
  const tb = tf.tensor1d(Float32Array.from(beta));
  const f = (a: tf.Tensor, g: tf.Tensor, b: tf.Tensor) => {
    const { mean, variance } = tf.moments(a, 0);
    return tf.batchNorm(a, mean, variance, b, g, EPS);
  };
  const grads = tf.grads(f);
  const run =
    pass === 'forward'
      ? () => tf.tidy(() => f(tx, tg, tb))
      : () => tf.tidy(() => grads([tx, tg, tb], tdy));
  // tfjs-cpu takes about a second per fwd+bwd here: one warm-up run keeps the bench short.
  const sample = await measure(run, { ...ctx.options, warmup: 1, warmupMs: 0 }, dispose);
  tf.dispose([tx, tdy, tg, tb]);
  return { name: `tfjs-${backend}`, sample, note: 'float32' };
}
