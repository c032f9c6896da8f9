import { createRng, Linear, ReLU, randn, Sequential, softmaxCrossEntropy, Var } from '@dl8/core';
import { adam, trainModule } from '@dl8/optimizers';
import { loadTfjs } from '../../anchors/loadTfjs.js';
import type { TfBackend, tf } from '../../anchors/tfjs.js';
import type { FamilyContext } from '../../harness/family.js';
import { measure } from '../../harness/measure.js';
import type { Anchor, Row } from '../../harness/row.js';

const SIZES = [784, 256, 256, 10] as const;
const BATCH = 128;
const LR = 1e-3;

/** MLP 784-256-256-10 (ReLU), batch 128, softmax cross-entropy, one Adam step per iteration. */
export async function mlpBenches(ctx: FamilyContext): Promise<void> {
  await ctx.bench('mlp.train', () => mlpRow(ctx));
}

async function mlpRow(ctx: FamilyContext): Promise<Row> {
  const rng = createRng(11);
  const x = randn([BATCH, SIZES[0]], rng);
  const labels = Int32Array.from({ length: BATCH }, () => rng.int(SIZES[3]));
  const model = new Sequential(
    new Linear(SIZES[0], SIZES[1], { rng }),
    new ReLU(),
    new Linear(SIZES[1], SIZES[2], { rng }),
    new ReLU(),
    new Linear(SIZES[2], SIZES[3], { rng }),
  );
  const trainer = trainModule(adam({ lr: LR }), model);
  const input = new Var(x, { requiresGrad: false });
  const step = () => {
    trainer.zeroGrad();
    const loss = softmaxCrossEntropy(model.forward(input), labels);
    loss.backward();
    trainer.step();
  };
  const dl8 = await measure(step, { ...ctx.options, runs: 20 });
  const anchors: Anchor[] = [];
  for (const backend of ctx.alone ? [] : (['cpu', 'wasm'] as const)) {
    anchors.push(await tfjsMlp(ctx, backend, x.data, labels));
  }
  return {
    family: 'kernels',
    id: 'mlp.train',
    name: 'MLP 784-256-256-10 b128 Adam step (dl8 f64)',
    unit: 'steps/s',
    work: 1,
    dl8,
    anchors,
    targets: [],
    notes: ['no target set in issue 10; dl8 trains in float64, tfjs in float32'],
  };
}

/** The same network in tfjs: variables, tf.losses.softmaxCrossEntropy, tf.train.adam minimize. */
async function tfjsMlp(
  ctx: FamilyContext,
  backend: TfBackend,
  x: Float64Array,
  labels: Int32Array,
): Promise<Anchor> {
  const { tf } = await loadTfjs(backend);
  const rng = createRng(12);
  const weights: tf.Variable[] = [];
  for (let l = 0; l + 1 < SIZES.length; l++) {
    const [fanIn, fanOut] = [SIZES[l]!, SIZES[l + 1]!];
    const w = randn([fanIn, fanOut], rng, 0, Math.sqrt(2 / fanIn));
    weights.push(tf.variable(tf.tensor2d(Float32Array.from(w.data), [fanIn, fanOut])));
    weights.push(tf.variable(tf.zeros([fanOut])));
  }
  const tx = tf.tensor2d(Float32Array.from(x), [BATCH, SIZES[0]]);
  const onehot = tf.oneHot(tf.tensor1d(labels, 'int32'), SIZES[3]);
  const opt = tf.train.adam(LR);
  const loss = () => {
    let h: tf.Tensor = tx;
    for (let l = 0; l < weights.length; l += 2) {
      h = tf.add(tf.matMul(h, weights[l]!), weights[l + 1]!);
      if (l + 2 < weights.length) h = tf.relu(h);
    }
    return tf.losses.softmaxCrossEntropy(onehot, h) as tf.Scalar;
  };
  const sample = await measure(() => opt.minimize(loss, false, weights), {
    ...ctx.options,
    runs: 20,
  });
  opt.dispose();
  tf.dispose([...weights, tx, onehot]);
  return { name: `tfjs-${backend}`, sample, note: 'float32' };
}
