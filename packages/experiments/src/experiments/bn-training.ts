import { BatchNorm } from '@dl8/batchnorm';
import {
  type ClassificationDataset,
  createRng,
  Linear,
  type Module,
  minibatches,
  moons,
  noGrad,
  ReLU,
  type Rng,
  Sequential,
  softmaxCrossEntropy,
  spirals,
  Tanh,
  Var,
} from '@dl8/core';
import { sgd, trainModule } from '@dl8/optimizers';
import type { HistogramChart } from '@dl8/viz';
import { checkpoint } from '../abort.js';
import { defineExperiment } from '../defineExperiment.js';
import { fmt } from '../math/format.js';
import { logGrid } from '../math/logGrid.js';

const ID = 'bn-training';
const BATCH = 64;
const LOSS_CEILING = 10; // diverged runs are drawn at this loss

interface Net {
  /** per hidden layer: the linear map (and batch norm), then the nonlinearity */
  blocks: { pre: Module[]; act: Module }[];
  model: Sequential;
}

function buildNet(
  depth: number,
  width: number,
  classes: number,
  withBn: boolean,
  activation: 'relu' | 'tanh',
  rng: Rng,
): Net {
  const blocks: Net['blocks'] = [];
  for (let l = 0; l < depth - 1; l++) {
    const linear = new Linear(l === 0 ? 2 : width, width, {
      rng,
      init: activation === 'relu' ? 'he' : 'glorot',
    });
    const act = activation === 'relu' ? new ReLU() : new Tanh();
    blocks.push({ pre: withBn ? [linear, new BatchNorm(width)] : [linear], act });
  }
  const head = new Linear(width, classes, { rng, init: 'glorot' });
  return { blocks, model: new Sequential(...blocks.flatMap((b) => [...b.pre, b.act]), head) };
}

interface RunResult {
  losses: number[];
  finalLoss: number;
  diverged: boolean;
  activations: number[][];
}

async function train(
  data: ClassificationDataset,
  net: Net,
  lr: number,
  steps: number,
  rng: Rng,
  keepActivations: boolean,
  checkAbort: () => Promise<void>,
): Promise<RunResult> {
  const trainer = trainModule(sgd({ lr }), net.model);
  const losses: number[] = [];
  let batches = minibatches(data, BATCH, rng, { dropLast: true });
  let diverged = false;
  for (let step = 0; step < steps; step++) {
    if (step % 25 === 24) await checkAbort();
    let next = batches.next();
    if (next.done) {
      batches = minibatches(data, BATCH, rng, { dropLast: true });
      next = batches.next();
    }
    const batch = next.value!;
    trainer.zeroGrad();
    const loss = softmaxCrossEntropy(net.model.forward(new Var(batch.x)), batch.y);
    const value = loss.value.data[0]!;
    if (!Number.isFinite(value) || value > 1e6) {
      diverged = true;
      break;
    }
    losses.push(value);
    loss.backward();
    trainer.step();
  }
  const tail = losses.slice(-10);
  const finalLoss = diverged
    ? Number.POSITIVE_INFINITY
    : tail.reduce((a, b) => a + b, 0) / tail.length;
  // pre-activations (after the linear map and batch norm) of each hidden layer on the whole set
  const activations = noGrad(() => {
    const out: number[][] = [];
    if (!keepActivations) return out;
    let h = new Var(data.x);
    for (const block of net.blocks) {
      for (const m of block.pre) h = m.forward(h);
      out.push(Array.from(h.value.data).filter(Number.isFinite));
      h = block.act.forward(h);
    }
    return out;
  });
  return { losses, finalLoss, diverged, activations };
}

/**
 * 8.7.1: batch normalization coordinates the updates of many layers, so a deep network trains
 * over a wider range of learning rates with it than without it.
 */
export const bnTraining = defineExperiment({
  id: ID,
  title: 'Deep MLP with and without batch norm across learning rates',
  section: '8.7.1',
  summary:
    'A deep MLP trains over a wider band of learning rates with batch normalization than without it, because normalization keeps every layer’s input distribution fixed while all layers update at once.',
  heavy: true,
  params: {
    dataset: {
      kind: 'choice',
      label: 'Data set',
      help: '2-D two-class data',
      default: 'moons',
      choices: [
        { value: 'moons', label: 'Two moons' },
        { value: 'spirals', label: 'Spirals' },
      ],
    },
    samples: {
      kind: 'integer',
      label: 'Samples',
      help: 'training points',
      default: 200,
      min: 64,
      max: 2000,
    },
    depth: {
      kind: 'integer',
      label: 'Depth',
      help: 'linear layers (hidden layers + output)',
      default: 6,
      min: 2,
      max: 12,
    },
    width: {
      kind: 'integer',
      label: 'Width',
      help: 'units per hidden layer',
      default: 16,
      min: 2,
      max: 64,
    },
    activation: {
      kind: 'choice',
      label: 'Activation',
      help: 'hidden nonlinearity',
      default: 'relu',
      choices: [
        { value: 'relu', label: 'ReLU (He init)' },
        { value: 'tanh', label: 'tanh (Glorot init)' },
      ],
    },
    steps: {
      kind: 'integer',
      label: 'Steps',
      help: `SGD steps (minibatches of ${BATCH})`,
      default: 100,
      min: 10,
      max: 3000,
    },
    lrMin: {
      kind: 'number',
      label: 'Smallest lr',
      help: 'low end of the learning-rate sweep',
      default: 0.01,
      min: 1e-4,
      max: 1,
      scale: 'log',
    },
    lrMax: {
      kind: 'number',
      label: 'Largest lr',
      help: 'high end of the learning-rate sweep',
      default: 3,
      min: 1e-3,
      max: 30,
      scale: 'log',
    },
    lrCount: {
      kind: 'integer',
      label: 'Sweep points',
      help: 'learning rates tried, log-spaced',
      default: 5,
      min: 2,
      max: 15,
    },
  },
  async run(p, ctx) {
    const data = (p.dataset === 'spirals' ? spirals : moons)({
      n: p.samples,
      rng: createRng(ctx.seed),
      noise: 0.1,
    });
    const lrs = logGrid(Math.min(p.lrMin, p.lrMax), Math.max(p.lrMin, p.lrMax), p.lrCount);
    const total = 2 * lrs.length;
    const show = lrs.length >> 1;
    const results: RunResult[][] = [[], []];
    let done = 0;
    for (const [c, withBn] of [false, true].entries()) {
      for (const [i, lr] of lrs.entries()) {
        await checkpoint(ctx, ID);
        // the same initial weights and batch order for every run of one configuration
        const net = buildNet(
          p.depth,
          p.width,
          data.classes,
          withBn,
          p.activation,
          createRng(ctx.seed + 1),
        );
        const order = createRng(ctx.seed * 7919 + i);
        const keep = i === show;
        results[c]!.push(
          await train(data, net, lr, p.steps, order, keep, () => checkpoint(ctx, ID)),
        );
        ctx.onProgress?.(++done, total);
      }
    }
    const names = ['without batch norm', 'with batch norm'];
    // trained: mean loss of the last steps below half the chance level ln(classes)
    const trainedBelow = 0.5 * Math.log(data.classes);
    const trained = results.map((rs) => rs.map((r) => r.finalLoss < trainedBelow));
    const band = trained.map((t) => t.filter(Boolean).length);
    const histograms: HistogramChart[] = results[0]![show]!.activations.map((_, layer) => ({
      type: 'histogram',
      title: `layer ${layer + 1}`,
      series: results.map((rs, c) => ({ name: names[c]!, values: rs[show]!.activations[layer]! })),
      bins: 20,
      normalize: 'density',
      legend: layer === 0 ? 'top-right' : 'none',
    }));
    const curves = (c: number) => ({
      type: 'line' as const,
      title: `Training loss, ${names[c]}`,
      xAxis: { label: 'step' },
      yAxis: { label: 'minibatch loss', scale: 'log' as const },
      series: results[c]!.map((r, i) => ({
        name: `lr ${fmt(lrs[i]!)}${r.diverged ? ' (diverged)' : ''}`,
        x: r.losses.map((_, s) => s),
        y: r.losses,
        colorIndex: i,
      })),
    });
    return {
      charts: [
        {
          type: 'line',
          title: 'Final training loss vs learning rate',
          xAxis: { label: 'learning rate', scale: 'log' },
          yAxis: { label: `loss (last 10 steps; diverged = ${LOSS_CEILING})`, scale: 'log' },
          series: results.map((rs, c) => ({
            name: names[c]!,
            x: lrs,
            y: rs.map((r) => Math.min(r.finalLoss, LOSS_CEILING)),
            marker: 'circle' as const,
          })),
          annotations: [{ kind: 'hline', y: trainedBelow, label: 'trained' }],
        },
        curves(0),
        curves(1),
        {
          type: 'grid',
          title: `Pre-activations per layer after training, lr ${fmt(lrs[show]!)}`,
          charts: histograms,
          columns: 4,
        },
      ],
      tables: [
        {
          title: 'Final loss by learning rate',
          columns: ['lr', names[0]!, names[1]!],
          rows: lrs.map((lr, i) => [
            lr,
            ...results.map((rs) => (rs[i]!.diverged ? 'diverged' : rs[i]!.finalLoss)),
          ]),
        },
      ],
      metrics: {
        trainedWithoutBn: band[0]!,
        trainedWithBn: band[1]!,
        lrCount: lrs.length,
        bestLossWithoutBn: Math.min(LOSS_CEILING, ...results[0]!.map((r) => r.finalLoss)),
        bestLossWithBn: Math.min(LOSS_CEILING, ...results[1]!.map((r) => r.finalLoss)),
      },
      notes: [
        `A run counts as trained when its mean loss over the last 10 steps is below ${fmt(trainedBelow)}, half the chance level ln ${data.classes}.`,
        'Both networks start from the same weights and see the same minibatches at each learning rate.',
      ],
    };
  },
  finding: (r) =>
    `With batch norm ${fmt(r.metrics.trainedWithBn!)} of ${fmt(r.metrics.lrCount!)} learning rates train, without it ${fmt(r.metrics.trainedWithoutBn!)}.`,
});
