import { batchNorm } from '@dl8/batchnorm';
import { createRng, type Rng } from '@dl8/core';
import { defineExperiment } from '../defineExperiment.js';
import { fmt } from '../math/format.js';

const DISTRIBUTIONS = {
  gaussian: (rng: Rng) => rng.normal(),
  uniform: (rng: Rng) => rng.uniform(-1, 1),
  exponential: (rng: Rng) => -Math.log(1 - rng.uniform()),
  bimodal: (rng: Rng) => (rng.uniform() < 0.3 ? -2 : 1.5) + 0.4 * rng.normal(),
} as const;

function meanStd(v: ArrayLike<number>): { mean: number; std: number } {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]!;
  const mean = s / v.length;
  let ss = 0;
  for (let i = 0; i < v.length; i++) ss += (v[i]! - mean) ** 2;
  return { mean, std: Math.sqrt(ss / v.length) };
}

/**
 * 8.7.1: after normalisation, gamma * h' + beta has mean beta and standard deviation |gamma|,
 * whatever the incoming distribution: the two parameters alone set the unit's first two moments.
 */
export const gammaBeta = defineExperiment({
  id: 'gamma-beta',
  title: 'γ and β set the mean and spread, whatever comes in',
  section: '8.7.1',
  summary:
    'Whatever the incoming distribution, after normalisation and γh′ + β the unit’s mean is β and its standard deviation |γ|.',
  heavy: false,
  params: {
    distribution: {
      kind: 'choice',
      label: 'Incoming distribution',
      help: 'shape of the raw activations',
      default: 'exponential',
      choices: [
        { value: 'gaussian', label: 'Gaussian' },
        { value: 'uniform', label: 'Uniform' },
        { value: 'exponential', label: 'Exponential (skewed)' },
        { value: 'bimodal', label: 'Bimodal' },
      ],
    },
    shift: {
      kind: 'number',
      label: 'Raw shift',
      help: 'added to the raw activations',
      default: 5,
      min: -20,
      max: 20,
      step: 0.5,
    },
    spread: {
      kind: 'number',
      label: 'Raw spread',
      help: 'multiplies the raw activations',
      default: 3,
      min: 0.01,
      max: 20,
      step: 0.01,
      scale: 'log',
    },
    gamma: {
      kind: 'number',
      label: 'γ',
      help: 'scale after normalisation',
      default: 0.5,
      min: -3,
      max: 3,
      step: 0.05,
    },
    beta: {
      kind: 'number',
      label: 'β',
      help: 'shift after normalisation',
      default: -1,
      min: -3,
      max: 3,
      step: 0.05,
    },
    samples: {
      kind: 'integer',
      label: 'Batch size',
      help: 'activations in the batch',
      default: 400,
      min: 2,
      max: 5000,
    },
  },
  run(p, ctx) {
    const rng = createRng(ctx.seed);
    const draw = DISTRIBUTIONS[p.distribution];
    const raw = Float64Array.from({ length: p.samples }, () => p.shift + p.spread * draw(rng));
    const shape = [p.samples, 1];
    const normalized = batchNorm(raw, shape).output;
    const rescaled = batchNorm(raw, shape, { gamma: [p.gamma], beta: [p.beta] }).output;
    const r = meanStd(raw);
    const n = meanStd(normalized);
    const o = meanStd(rescaled);
    return {
      charts: [
        {
          type: 'histogram',
          title: `Raw activations (${p.distribution})`,
          series: [{ name: 'raw h', values: Array.from(raw) }],
          bins: 30,
          xAxis: { label: 'h' },
        },
        {
          type: 'histogram',
          title: 'Normalised h′ and rescaled γh′ + β',
          series: [
            { name: 'normalised h′', values: Array.from(normalized) },
            { name: 'γh′ + β', values: Array.from(rescaled) },
          ],
          bins: 30,
          xAxis: { label: 'value' },
        },
      ],
      tables: [
        {
          title: 'Moments',
          columns: ['stage', 'mean', 'std'],
          rows: [
            ['raw', r.mean, r.std],
            ['normalised', n.mean, n.std],
            ['γh′ + β', o.mean, o.std],
          ],
        },
      ],
      metrics: {
        rawMean: r.mean,
        rawStd: r.std,
        outMean: o.mean,
        outStd: o.std,
        meanError: Math.abs(o.mean - p.beta),
        stdError: Math.abs(o.std - Math.abs(p.gamma)),
      },
      notes: [
        'σ includes PyTorch’s ε = 1e-5 inside the square root, so the std is |γ| up to about ε / (2 var).',
      ],
    };
  },
  finding: (r) =>
    `Raw activations with mean ${fmt(r.metrics.rawMean!)} and std ${fmt(r.metrics.rawStd!)} come out with mean ${fmt(r.metrics.outMean!)} and std ${fmt(r.metrics.outStd!)}: β and |γ| to within ${fmt(Math.max(r.metrics.meanError!, r.metrics.stdError!))}.`,
});
