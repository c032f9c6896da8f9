import {
  BATCHNORM_DEFAULTS,
  batchNorm,
  createRunningStats,
  kerasToPyTorch,
  unbiasedToBiasedVariance,
} from '@dl8/batchnorm';
import { createRng, type Rng } from '@dl8/core';
import { checkpoint } from '../abort.js';
import { defineExperiment } from '../defineExperiment.js';
import type { ExperimentResult } from '../experiment.js';
import { fmt } from '../math/format.js';

const ID = 'bn-running-stats';
const BATCH_SIZES = [2, 3, 4, 8, 16, 32, 64, 128];
const HELD_OUT = 2000;
const GAP_BATCHES = 20;

interface Convention {
  name: string;
  eps: number;
  momentum: number;
  /** The running variance as the framework stores it, from PyTorch's unbiased running average. */
  stored(runningVar: Float64Array, m: number): Float64Array;
}

const keras = kerasToPyTorch(BATCHNORM_DEFAULTS.keras);
const CONVENTIONS: Convention[] = [
  {
    name: 'PyTorch (unbiased var)',
    eps: BATCHNORM_DEFAULTS.pytorch.eps,
    momentum: BATCHNORM_DEFAULTS.pytorch.momentum,
    stored: (v) => v,
  },
  {
    name: 'Keras (biased var)',
    eps: keras.eps,
    momentum: keras.momentum,
    stored: (v, m) => unbiasedToBiasedVariance(v, m),
  },
];

function sample(rng: Rng, rows: number, units: number, mean: number, std: number): Float64Array {
  return Float64Array.from({ length: rows * units }, () => rng.normal(mean, std));
}

/** Mean over units of the standard deviation of each unit's column of an [n, units] array. */
function meanColumnStd(y: Float64Array, n: number, units: number): number {
  let total = 0;
  for (let j = 0; j < units; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += y[i * units + j]!;
    const mu = s / n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (y[i * units + j]! - mu) ** 2;
    total += Math.sqrt(ss / n);
  }
  return total / units;
}

/**
 * Running statistics: at small batch sizes, training-mode outputs (batch statistics) differ from
 * eval-mode outputs (running statistics); and a biased running variance (Keras) makes eval-mode
 * outputs too wide by sqrt(m / (m - 1)), where PyTorch's unbiased one does not.
 */
export const bnRunningStats = defineExperiment({
  id: ID,
  title: 'Running statistics: train vs eval, PyTorch vs Keras',
  section: '8.7.1',
  summary:
    'As the batch shrinks, training-mode outputs drift from eval-mode ones, and a biased running variance (Keras) widens eval outputs by √(m/(m−1)) where PyTorch’s unbiased one does not.',
  heavy: true,
  params: {
    batches: {
      kind: 'integer',
      label: 'Training batches',
      help: 'batches that update the running statistics',
      default: 600,
      min: 10,
      max: 5000,
    },
    units: {
      kind: 'integer',
      label: 'Units',
      help: 'channels, averaged over',
      default: 8,
      min: 1,
      max: 64,
    },
    dataMean: {
      kind: 'number',
      label: 'Data mean',
      help: 'mean of the incoming activations',
      default: 2,
      min: -10,
      max: 10,
      step: 0.1,
    },
    dataStd: {
      kind: 'number',
      label: 'Data std',
      help: 'standard deviation of the incoming activations',
      default: 3,
      min: 0.1,
      max: 10,
      step: 0.1,
    },
  },
  async run(p, ctx) {
    const { units } = p;
    const total = BATCH_SIZES.length;
    const gap: number[][] = CONVENTIONS.map(() => []);
    const evalStd: number[][] = CONVENTIONS.map(() => []);
    const ratio: number[][] = CONVENTIONS.map(() => []);
    // the result for the batch sizes done so far (streamed through onPartial, then final)
    const build = (): ExperimentResult => {
      const sizes = BATCH_SIZES.slice(0, gap[0]!.length);
      const theory = sizes.map((m) => Math.sqrt(m / (m - 1)));
      const biasedTheory = sizes.map((m) => (m - 1) / m);
      const last = sizes.length - 1;
      return {
        charts: [
          {
            type: 'line',
            title: 'Train vs eval output gap by batch size',
            xAxis: { label: 'batch size m', scale: 'log' },
            yAxis: { label: 'mean |y_train − y_eval|' },
            series: CONVENTIONS.map((c, i) => ({
              name: c.name,
              x: sizes,
              y: gap[i]!.slice(),
              marker: 'circle' as const,
            })),
          },
          {
            type: 'line',
            title: 'Running variance / true variance',
            xAxis: { label: 'batch size m', scale: 'log' },
            yAxis: { label: 'running var / σ²' },
            series: [
              ...CONVENTIONS.map((c, i) => ({
                name: c.name,
                x: sizes,
                y: ratio[i]!.slice(),
                marker: 'circle' as const,
              })),
              { name: '(m−1)/m: biased variance', x: sizes, y: biasedTheory, dashed: true },
            ],
            annotations: [{ kind: 'hline', y: 1, label: 'unbiased' }],
          },
          {
            type: 'line',
            title: 'Std of eval-mode outputs (ideal 1)',
            xAxis: { label: 'batch size m', scale: 'log' },
            yAxis: { label: 'std of eval output' },
            series: [
              ...CONVENTIONS.map((c, i) => ({
                name: c.name,
                x: sizes,
                y: evalStd[i]!.slice(),
                marker: 'circle' as const,
              })),
              { name: '√(m/(m−1)): biased variance', x: sizes, y: theory, dashed: true },
            ],
            annotations: [{ kind: 'hline', y: 1, label: 'ideal' }],
          },
        ],
        tables: [
          {
            title: 'By batch size',
            columns: [
              'm',
              'gap PyTorch',
              'gap Keras',
              'var ratio PyTorch',
              'var ratio Keras',
              'eval std PyTorch',
              'eval std Keras',
            ],
            rows: sizes.map((m, i) => [
              m,
              gap[0]![i]!,
              gap[1]![i]!,
              ratio[0]![i]!,
              ratio[1]![i]!,
              evalStd[0]![i]!,
              evalStd[1]![i]!,
            ]),
          },
        ],
        metrics: {
          gapSmallest: gap[0]![0]!,
          gapLargest: gap[0]![last]!,
          varRatioPytorchSmallest: ratio[0]![0]!,
          varRatioKerasSmallest: ratio[1]![0]!,
          evalStdPytorchSmallest: evalStd[0]![0]!,
          evalStdKerasSmallest: evalStd[1]![0]!,
          evalStdPytorchLargest: evalStd[0]![last]!,
          evalStdKerasLargest: evalStd[1]![last]!,
        },
        notes: [
          'PyTorch: momentum 0.1 (share of the new batch), eps 1e-5, unbiased running variance. Keras: momentum 0.99 (share kept), epsilon 1e-3, biased moving variance.',
          'Keras’s moving variance is computed here as PyTorch’s unbiased running average times (m − 1)/m, exact once the initial value has decayed.',
        ],
      };
    };
    const shape = [0, units];
    for (const [done, m] of BATCH_SIZES.entries()) {
      await checkpoint(ctx, ID);
      shape[0] = m;
      // one data stream per batch size, fed to both conventions
      const rng = createRng(ctx.seed * 1009 + m);
      const stats = CONVENTIONS.map(() => createRunningStats(units));
      // time average of the stored running variance over the second half, relative to the truth
      const varRatio = CONVENTIONS.map(() => 0);
      const from = Math.floor(p.batches / 2);
      for (let b = 0; b < p.batches; b++) {
        const x = sample(rng, m, units, p.dataMean, p.dataStd);
        for (const [ci, conv] of CONVENTIONS.entries()) {
          const st = stats[ci]!;
          batchNorm(x, shape, {
            eps: conv.eps,
            momentum: conv.momentum,
            runningMean: st.mean,
            runningVar: st.variance,
          });
          if (b >= from) {
            const stored = conv.stored(st.variance, m);
            for (let j = 0; j < units; j++) varRatio[ci]! += stored[j]! / p.dataStd ** 2;
          }
        }
      }
      const gapBatches = Array.from({ length: GAP_BATCHES }, () =>
        sample(rng, m, units, p.dataMean, p.dataStd),
      );
      const held = sample(rng, HELD_OUT, units, p.dataMean, p.dataStd);
      for (const [ci, conv] of CONVENTIONS.entries()) {
        const st = stats[ci]!;
        ratio[ci]!.push(varRatio[ci]! / ((p.batches - from) * units));
        const runningVar = conv.stored(st.variance, m);
        const evalOptions = { eps: conv.eps, training: false, runningMean: st.mean, runningVar };
        let diff = 0;
        for (const x of gapBatches) {
          const train = batchNorm(x, shape, { eps: conv.eps }).output;
          const evaluated = batchNorm(x, shape, evalOptions).output;
          for (let i = 0; i < x.length; i++) diff += Math.abs(train[i]! - evaluated[i]!);
        }
        gap[ci]!.push(diff / (GAP_BATCHES * m * units));
        const out = batchNorm(held, [HELD_OUT, units], evalOptions).output;
        evalStd[ci]!.push(meanColumnStd(out, HELD_OUT, units));
      }
      ctx.onProgress?.(done + 1, total);
      if (done + 1 < total) ctx.onPartial?.(build());
    }
    return build();
  },
  finding: (r) =>
    `At batch size ${BATCH_SIZES[0]} the train/eval gap is ${fmt(r.metrics.gapSmallest!)} (vs ${fmt(r.metrics.gapLargest!)} at ${BATCH_SIZES[BATCH_SIZES.length - 1]}), and the running variance is ${fmt(r.metrics.varRatioKerasSmallest!)} of the truth with Keras’s biased convention vs ${fmt(r.metrics.varRatioPytorchSmallest!)} with PyTorch’s.`,
});
