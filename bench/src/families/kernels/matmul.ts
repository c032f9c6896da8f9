import { createRng, matmul, randn } from '@dl8/core';
import { loadTfjs } from '../../anchors/loadTfjs.js';
import type { TfBackend } from '../../anchors/tfjs.js';
import type { FamilyContext } from '../../harness/family.js';
import { measure } from '../../harness/measure.js';
import type { Anchor, Row, Target } from '../../harness/row.js';

/** Square matmul n^3 for n = 256 and 512, reported in GFLOP/s (2 n^3 flops per product). */
export async function matmulBenches(ctx: FamilyContext): Promise<void> {
  for (const n of [256, 512]) await ctx.bench(`matmul.${n}`, () => matmulRow(ctx, n));
}

async function matmulRow(ctx: FamilyContext, n: number): Promise<Row> {
  const rng = createRng(7);
  const a = randn([n, n], rng);
  const b = randn([n, n], rng);
  const dl8 = await measure(() => matmul(a, b), ctx.options);
  const anchors: Anchor[] = [];
  for (const backend of ctx.alone ? [] : (['cpu', 'wasm'] as const)) {
    anchors.push(await tfjsMatmul(ctx, backend, n, a.data, b.data));
  }
  const targets: Target[] =
    n === 512 ? [{ label: '>= 2 GFLOP/s', of: 'value', op: '>=', value: 2 }] : [];
  return {
    family: 'kernels',
    id: `matmul.${n}`,
    name: `matmul ${n}^3 (dl8 f64)`,
    unit: 'GFLOP/s',
    work: 2 * n ** 3,
    dl8,
    anchors,
    targets,
    notes: ['compute-bound: no copy reference; dl8 multiplies float64, tfjs float32'],
  };
}

async function tfjsMatmul(
  ctx: FamilyContext,
  backend: TfBackend,
  n: number,
  a: Float64Array,
  b: Float64Array,
): Promise<Anchor> {
  const { tf, dispose } = await loadTfjs(backend);
  const ta = tf.tensor2d(Float32Array.from(a), [n, n]);
  const tb = tf.tensor2d(Float32Array.from(b), [n, n]);
  const sample = await measure(() => tf.matMul(ta, tb), ctx.options, dispose);
  tf.dispose([ta, tb]);
  return { name: `tfjs-${backend}`, sample, note: 'float32' };
}
