import { createRng, moons, spirals } from '@dl8/core';
import { checkpoint } from '../abort.js';
import { defineExperiment } from '../defineExperiment.js';
import { fmt } from '../math/format.js';
import { logGrid } from '../math/logGrid.js';
import { buildNet } from './bn-training/buildNet.js';
import { report } from './bn-training/report.js';
import { BATCH, type RunResult, train } from './bn-training/train.js';

const ID = 'bn-training';

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
        done += 1;
        ctx.onProgress?.(done, total);
        if (done < total) ctx.onPartial?.(report(lrs, results, show, data.classes));
      }
    }
    return report(lrs, results, show, data.classes);
  },
  finding: (r) =>
    `With batch norm ${fmt(r.metrics.trainedWithBn!)} of ${fmt(r.metrics.lrCount!)} learning rates train, without it ${fmt(r.metrics.trainedWithoutBn!)}.`,
});
