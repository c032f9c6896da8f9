import { adam, sgd } from '@dl8/optimizers';
import { loadTfjs } from '../../anchors/loadTfjs.js';
import type { TfBackend } from '../../anchors/tfjs.js';
import { arrayBytesPerCall } from '../../harness/allocation.js';
import { copyReference } from '../../harness/copyReference.js';
import { normalArray } from '../../harness/data.js';
import type { FamilyContext } from '../../harness/family.js';
import { measure } from '../../harness/measure.js';
import type { Anchor, Row, Target } from '../../harness/row.js';
import { noAllocation } from './batchnorm.js';

const SIZE = 1 << 20;
const LR = 1e-3;
const MOMENTUM = 0.9;

type Kind = 'adam' | 'sgd-momentum';

/** One Adam step and one SGD-momentum step on 1M float32 parameters, updated in place. */
export async function optimizerBenches(ctx: FamilyContext): Promise<void> {
  await ctx.bench('opt.adam', () => optimizerRow(ctx, 'adam'));
  await ctx.bench('opt.sgd-momentum', () => optimizerRow(ctx, 'sgd-momentum'));
}

async function optimizerRow(ctx: FamilyContext, kind: Kind): Promise<Row> {
  const params = normalArray(SIZE, 5, 'f32') as Float32Array;
  const grads = normalArray(SIZE, 6, 'f32') as Float32Array;
  const opt = kind === 'adam' ? adam({ lr: LR }) : sgd({ lr: LR, momentum: MOMENTUM });
  const state = opt.init(params);
  const step = () => opt.step(params, grads, state);
  const dl8 = await measure(step, ctx.options);
  const allocated = arrayBytesPerCall(step);
  const anchors: Anchor[] = [];
  for (const backend of ctx.alone ? [] : (['cpu', 'wasm'] as const)) {
    anchors.push(await tfjsStep(ctx, backend, kind, params, grads));
  }
  anchors.push(await copyReference(params.byteLength, ctx.options));
  const target: Target =
    kind === 'adam'
      ? { label: '<= 4 ms', of: 'value', op: '<=', value: 4 }
      : { label: '<= 2 ms', of: 'value', op: '<=', value: 2 };
  return {
    family: 'kernels',
    id: `opt.${kind}`,
    name: `${kind === 'adam' ? 'Adam' : 'SGD-momentum'} step, 1M f32 params`,
    unit: 'ms',
    dl8,
    anchors,
    targets: [target, noAllocation(params.byteLength)],
    extra: { allocatedBytesPerCall: allocated ?? 'n/a' },
  };
}

/** tf.train.adam / tf.train.momentum applyGradients on one variable of the same size. */
async function tfjsStep(
  ctx: FamilyContext,
  backend: TfBackend,
  kind: Kind,
  params: Float32Array,
  grads: Float32Array,
): Promise<Anchor> {
  const { tf } = await loadTfjs(backend);
  const variable = tf.variable(tf.tensor1d(params), true, `p-${kind}-${backend}`);
  const grad = tf.tensor1d(grads);
  const opt = kind === 'adam' ? tf.train.adam(LR) : tf.train.momentum(LR, MOMENTUM);
  const sample = await measure(
    () => opt.applyGradients([{ name: variable.name, tensor: grad }]),
    ctx.options,
  );
  opt.dispose();
  tf.dispose([variable, grad]);
  return { name: `tfjs-${backend}`, sample, note: 'float32' };
}
