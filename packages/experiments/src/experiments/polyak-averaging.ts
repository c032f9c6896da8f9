import { ellipse, rosenbrock } from '@dl8/optimizers';
import { checkpoint } from '../abort.js';
import { defineExperiment } from '../defineExperiment.js';
import { contourGrid } from '../math/contourGrid.js';
import { fmt } from '../math/format.js';
import { objectiveValue2d } from '../math/objectiveValue2d.js';
import { noisySgd } from './polyak-averaging/noisySgd.js';

const ID = 'polyak-averaging';
const PLOT_POINTS = 300;

const dist = (q: readonly number[], m: readonly number[]) =>
  Math.hypot(q[0]! - m[0]!, q[1]! - m[1]!);

/** Root-mean-square distance to `m` over the last `share` of the points. */
function tailRms(points: readonly number[][], m: readonly number[], share = 0.2): number {
  const tail = points.slice(Math.floor(points.length * (1 - share)));
  return Math.sqrt(tail.reduce((s, q) => s + dist(q, m) ** 2, 0) / tail.length);
}

const thin = (points: readonly number[][]) => {
  const every = Math.max(1, Math.ceil(points.length / PLOT_POINTS));
  const kept = points.filter((_, i) => i % every === 0 || i === points.length - 1);
  return { x: kept.map((q) => q[0]!), y: kept.map((q) => q[1]!) };
};

/**
 * 8.7.3: SGD with a constant step keeps circling the minimum; the average of its iterates
 * (Polyak) or an exponential moving average lands much closer. On a non-convex path the
 * full-history average can sit far from the path, and the EMA, which forgets, does not.
 */
export const polyakAveraging = defineExperiment({
  id: ID,
  title: 'Polyak averaging and its moving-average variant',
  section: '8.7.3',
  summary:
    'Noisy SGD with a constant step circles the minimum; the Polyak average of its iterates and their exponential moving average land much closer, and on a curved non-convex path only the moving average stays near where SGD now is.',
  heavy: true,
  params: {
    lr: {
      kind: 'number',
      label: 'Learning rate',
      help: 'constant SGD step',
      default: 0.05,
      min: 0.001,
      max: 0.5,
      scale: 'log',
    },
    noise: {
      kind: 'number',
      label: 'Gradient noise σ',
      help: 'std of the noise added to each gradient coordinate',
      default: 1,
      min: 0,
      max: 5,
      step: 0.05,
    },
    steps: {
      kind: 'integer',
      label: 'Steps',
      help: 'SGD steps',
      default: 2000,
      min: 100,
      max: 20000,
    },
    burnIn: {
      kind: 'integer',
      label: 'Polyak start',
      help: 'iterates skipped before the Polyak average begins (like torch ASGD’s t0)',
      default: 200,
      min: 0,
      max: 10000,
    },
    decay: {
      kind: 'number',
      label: 'EMA decay',
      help: 'share of the old average kept per step',
      default: 0.99,
      min: 0.5,
      max: 0.9999,
      step: 0.0001,
    },
  },
  async run(p, ctx) {
    // convex part: an ellipse with condition 4, minimum at the origin
    const bowl = ellipse({ condition: 4, angle: Math.PI / 5 });
    const base = {
      x0: [2, -1.5],
      lr: p.lr,
      noise: p.noise,
      steps: p.steps,
      start: p.burnIn,
      decay: p.decay,
      seed: ctx.seed,
    };
    const a = noisySgd(bowl, 'polyak', base);
    ctx.onProgress?.(1, 4);
    await checkpoint(ctx, ID);
    const b = noisySgd(bowl, 'ema', base);
    ctx.onProgress?.(2, 4);
    await checkpoint(ctx, ID);
    // non-convex part: a slow path along Rosenbrock's curved valley, full-history average
    const banana = rosenbrock();
    const curved = { ...base, x0: [-1.2, 1.4], lr: 1e-3, noise: 0.2 * p.noise, start: 0 };
    const c = noisySgd(banana, 'polyak', curved);
    ctx.onProgress?.(3, 4);
    await checkpoint(ctx, ID);
    const d = noisySgd(banana, 'ema', curved);
    ctx.onProgress?.(4, 4);

    const origin = [0, 0];
    const rmsIterate = tailRms(a.iterates, origin);
    const rmsPolyak = tailRms(a.averages, origin);
    const rmsEma = tailRms(b.averages, origin);
    const end = c.iterates.length - 1;
    const point = (q: readonly number[]) => Float64Array.from(q);
    const curvedIterateLoss = banana.value(point(c.iterates[end]!));
    const curvedPolyakLoss = banana.value(point(c.averages[end]!));
    const curvedEmaLoss = banana.value(point(d.averages[end]!));
    const steps = a.iterates.map((_, t) => t);
    const every = Math.max(1, Math.ceil(steps.length / PLOT_POINTS));
    const thinSeries = (ys: number[]) => ({
      x: steps.filter((t) => t % every === 0),
      y: ys.filter((_, t) => t % every === 0),
    });
    return {
      charts: [
        {
          type: 'contour',
          title: 'Noisy SGD on a convex bowl, and averages',
          grid: contourGrid(objectiveValue2d(bowl), [-2.5, 2.5], [-2.5, 2.5]),
          levels: 12,
          xAxis: { label: 'x1' },
          yAxis: { label: 'x2' },
          trajectories: [
            { name: 'SGD iterates', ...thin(a.iterates) },
            { name: 'Polyak average', ...thin(a.averages) },
            { name: `EMA (decay ${p.decay})`, ...thin(b.averages) },
          ],
        },
        {
          type: 'line',
          title: 'Distance to the minimum',
          xAxis: { label: 'step' },
          yAxis: { label: '‖x − x*‖', scale: 'log' },
          series: [
            { name: 'SGD iterate', ...thinSeries(a.iterates.map((q) => dist(q, origin))) },
            { name: 'Polyak average', ...thinSeries(a.averages.map((q) => dist(q, origin))) },
            { name: 'EMA', ...thinSeries(b.averages.map((q) => dist(q, origin))) },
          ],
        },
        {
          type: 'contour',
          title: 'Non-convex: along Rosenbrock’s curved valley',
          grid: contourGrid(objectiveValue2d(banana), [-1.5, 1.5], [-0.5, 2]),
          levels: { count: 14, log: true },
          xAxis: { label: 'x1' },
          yAxis: { label: 'x2' },
          trajectories: [
            { name: 'SGD iterates', ...thin(c.iterates) },
            { name: 'Polyak average (all history)', ...thin(c.averages) },
            { name: `EMA (decay ${p.decay})`, ...thin(d.averages) },
          ],
        },
      ],
      tables: [
        {
          title: 'Convex bowl: RMS distance to the minimum over the last 20% of steps',
          columns: ['point', 'RMS distance'],
          rows: [
            ['SGD iterate', rmsIterate],
            ['Polyak average', rmsPolyak],
            ['EMA', rmsEma],
          ],
        },
        {
          title: 'Rosenbrock: loss at the end',
          columns: ['point', 'f'],
          rows: [
            ['SGD iterate', curvedIterateLoss],
            ['Polyak average', curvedPolyakLoss],
            ['EMA', curvedEmaLoss],
          ],
        },
      ],
      metrics: {
        rmsIterate,
        rmsPolyak,
        rmsEma,
        curvedIterateLoss,
        curvedPolyakLoss,
        curvedEmaLoss,
      },
      notes: ['Both averages wrap the same SGD run (same noise), so only the averaging differs.'],
    };
  },
  finding: (r) =>
    `Over the last 20% of steps SGD stays ${fmt(r.metrics.rmsIterate!)} from the minimum (RMS), the Polyak average ${fmt(r.metrics.rmsPolyak!)} and the EMA ${fmt(r.metrics.rmsEma!)}; on Rosenbrock the full-history average has loss ${fmt(r.metrics.curvedPolyakLoss!)} versus ${fmt(r.metrics.curvedEmaLoss!)} for the EMA.`,
});
