import { deepLinearStep } from '@dl8/batchnorm';
import { createRng } from '@dl8/core';
import { defineExperiment } from '../defineExperiment.js';
import { fmt } from '../math/format.js';
import { logGrid } from '../math/logGrid.js';

const MAX_DEPTH = 20;

/**
 * |actual - predicted| / |predicted|: the share of the change the first-order term misses (0 when
 * nothing changes). A difference within rounding (1e-12 relative) counts as none, so depth 1, where
 * the first order is exact, reads 0 rather than 1e-14 (and leaves the log chart's range alone).
 */
const missedShare = (actual: number, predicted: number): number => {
  if (predicted === 0) return actual === 0 ? 0 : 1;
  const share = Math.abs(actual - predicted) / Math.abs(predicted);
  return share <= 1e-12 ? 0 : share;
};

/**
 * 8.7.1's deep linear network y = x w_1 ... w_l: one gradient step changes y by a sum of terms of
 * every order k in the learning rate; the first-order prediction -eps g^T g is exact only at depth 1.
 */
export const higherOrderEffects = defineExperiment({
  id: 'higher-order-effects',
  title: 'Higher-order effects of a gradient step in a deep linear network',
  section: '8.7.1',
  summary:
    'A gradient step on y = x w1 ... wl changes y by terms of every order in the learning rate, so the first-order prediction misses more as the network gets deeper.',
  heavy: false,
  params: {
    depth: {
      kind: 'integer',
      label: 'Depth l',
      help: 'number of scalar layers',
      default: 8,
      min: 1,
      max: MAX_DEPTH,
    },
    lr: {
      kind: 'number',
      label: 'Learning rate ε',
      help: 'step size of the gradient step w ← w − ε g',
      default: 0.05,
      min: 0.001,
      max: 0.5,
      step: 0.001,
      scale: 'log',
    },
    weightScale: {
      kind: 'number',
      label: 'Weight scale',
      help: 'size of each weight w_i',
      default: 1.1,
      min: 0.5,
      max: 1.5,
      step: 0.01,
    },
    jitter: {
      kind: 'number',
      label: 'Weight jitter',
      help: 'relative spread of the weights: w_i = scale × (1 + jitter z_i), z_i drawn from the seed',
      default: 0,
      min: 0,
      max: 0.5,
      step: 0.01,
    },
    input: {
      kind: 'number',
      label: 'Input x',
      help: 'the scalar input',
      default: 1,
      min: -2,
      max: 2,
      step: 0.05,
    },
  },
  run(p, ctx) {
    const rng = createRng(ctx.seed);
    const allWeights = Array.from(
      { length: MAX_DEPTH },
      () => p.weightScale * (1 + p.jitter * rng.normal()),
    );
    const weights = allWeights.slice(0, p.depth);
    const step = deepLinearStep(p.input, weights, p.lr);

    const orders = Array.from(step.orders);
    const lrs = logGrid(0.001, 0.5, 40);
    const byLr = lrs.map((eps) => deepLinearStep(p.input, weights, eps));
    const depths = Array.from({ length: MAX_DEPTH }, (_, i) => i + 1);
    const byDepth = depths.map((d) => deepLinearStep(p.input, allWeights.slice(0, d), p.lr));
    const shareByDepth = byDepth.map((s) => missedShare(s.actualChange, s.predictedChange));
    const share = missedShare(step.actualChange, step.predictedChange);
    const order2 = orders[1] ?? 0;

    return {
      charts: [
        {
          type: 'bar',
          title: `Order-k terms of Δŷ (l = ${p.depth}, ε = ${p.lr})`,
          description: 'Signed size of the order-k term (−ε)^k x e_k of the change, k = 1..l.',
          categories: orders.map((_, k) => `k=${k + 1}`),
          series: [{ name: 'order-k term', values: orders }],
          xLabel: 'order k',
          yLabel: 'contribution to Δŷ',
          valueScale: 'log-magnitude',
        },
        {
          type: 'line',
          title: 'First-order prediction vs actual Δŷ',
          xAxis: { label: 'learning rate ε', scale: 'log' },
          yAxis: { label: 'Δŷ' },
          series: [
            { name: 'actual Δŷ', x: lrs, y: byLr.map((s) => s.actualChange) },
            {
              name: 'first order −ε gᵀg',
              x: lrs,
              y: byLr.map((s) => s.predictedChange),
              dashed: true,
            },
          ],
          annotations: [{ kind: 'vline', x: p.lr, label: 'ε' }],
        },
        {
          type: 'line',
          title: `Share first order misses, by depth (ε = ${p.lr})`,
          xAxis: { label: 'depth l' },
          yAxis: { label: '|actual − first order| / |first order|', scale: 'log' },
          series: [{ name: 'missed share', x: depths, y: shareByDepth, marker: 'circle' }],
          annotations: [{ kind: 'vline', x: p.depth, label: 'l' }],
        },
      ],
      tables: [
        {
          title: 'Order-k terms of the change',
          columns: ['k', 'term'],
          rows: orders.map((v, k) => [k + 1, v]),
        },
      ],
      metrics: {
        yHat: step.yHat,
        actualChange: step.actualChange,
        predictedChange: step.predictedChange,
        secondOrder: order2,
        seedTerm: step.seedTerm,
        missedShare: share,
        missedShareDepth1: shareByDepth[0]!,
        missedShareDepthMax: shareByDepth[MAX_DEPTH - 1]!,
      },
      notes: [
        'The orders sum exactly to the actual change; order 1 is the gradient’s prediction −ε gᵀg.',
        `Book example term ε² x g₁ g₂ ∏_{i≥3} wᵢ = ${fmt(step.seedTerm)}.`,
      ],
    };
  },
  finding: (r) =>
    `At this depth the first-order prediction misses ${fmt(100 * r.metrics.missedShare!)}% of the actual change (depth 1: ${fmt(100 * r.metrics.missedShareDepth1!)}%, depth ${MAX_DEPTH}: ${fmt(100 * r.metrics.missedShareDepthMax!)}%).`,
});
