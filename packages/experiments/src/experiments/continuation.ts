import { minimize, type Objective, sgd } from '@dl8/optimizers';
import { checkpoint } from '../abort.js';
import { defineExperiment } from '../defineExperiment.js';
import { fmt } from '../math/format.js';

const ID = 'continuation';
const A = 0.1; // curvature of the wide bowl
const C = 2; // centre of the wide bowl
const X_RANGE: [number, number] = [-6, 6];

/**
 * f(x) = A (x - C)^2 - b cos(w x), blurred by a Gaussian of std sigma:
 * E[f(x + sigma z)] = A ((x - C)^2 + sigma^2) - b exp(-w^2 sigma^2 / 2) cos(w x).
 */
function smoothed(b: number, w: number, sigma: number): Objective {
  const damp = b * Math.exp(-(w * w * sigma * sigma) / 2);
  return {
    name: `f blurred (σ = ${fmt(sigma)})`,
    dim: 1,
    value: (x) => A * ((x[0]! - C) ** 2 + sigma * sigma) - damp * Math.cos(w * x[0]!),
    gradient: (x, out = new Float64Array(1)) => {
      out[0] = 2 * A * (x[0]! - C) + damp * w * Math.sin(w * x[0]!);
      return out;
    },
    hessian: (x, out = new Float64Array(1)) => {
      out[0] = 2 * A + damp * w * w * Math.cos(w * x[0]!);
      return out;
    },
  };
}

/** The global minimizer of the sharp f on a fine grid, refined by Newton steps. */
function globalMinimizer(f: Objective): number {
  let best = X_RANGE[0];
  let bestValue = Number.POSITIVE_INFINITY;
  const p = new Float64Array(1);
  for (let i = 0; i <= 12000; i++) {
    p[0] = X_RANGE[0] + ((X_RANGE[1] - X_RANGE[0]) * i) / 12000;
    const v = f.value(p);
    if (v < bestValue) [best, bestValue] = [p[0], v];
  }
  p[0] = best;
  for (let k = 0; k < 20; k++) p[0] = p[0]! - f.gradient(p)[0]! / f.hessian(p)[0]!;
  return p[0]!;
}

/**
 * 8.7.6: continuation minimizes a sequence of blurred versions of a multi-modal objective, from
 * very blurred (one wide basin) to sharp, starting each from the previous minimizer; it ends in the
 * global basin where plain gradient descent from the same start stops in a local one.
 */
export const continuation = defineExperiment({
  id: ID,
  title: 'Continuation: from blurred to sharp',
  section: '8.7.6',
  summary:
    'Tracking the minimizer of a Gaussian-blurred objective as the blur shrinks leads into the global basin, while plain gradient descent from the same start stops in a local minimum.',
  heavy: true,
  params: {
    start: {
      kind: 'number',
      label: 'Start x₀',
      help: 'where both methods start',
      default: -4,
      min: -6,
      max: 6,
      step: 0.1,
    },
    amplitude: {
      kind: 'number',
      label: 'Ripple depth b',
      help: 'depth of the cos ripples that make local minima',
      default: 1,
      min: 0.1,
      max: 3,
      step: 0.05,
    },
    frequency: {
      kind: 'number',
      label: 'Ripple frequency ω',
      help: 'frequency of the ripples',
      default: 3,
      min: 0.5,
      max: 8,
      step: 0.1,
    },
    sigmaMax: {
      kind: 'number',
      label: 'Initial blur σ',
      help: 'std of the Gaussian blur at the first stage',
      default: 2,
      min: 0,
      max: 5,
      step: 0.05,
    },
    stages: {
      kind: 'integer',
      label: 'Stages',
      help: 'blur levels from σ to 0',
      default: 8,
      min: 1,
      max: 50,
    },
    stepsPerStage: {
      kind: 'integer',
      label: 'Steps per stage',
      help: 'gradient steps at each blur level',
      default: 100,
      min: 1,
      max: 2000,
    },
  },
  async run(p, ctx) {
    const { amplitude: b, frequency: w } = p;
    const sharp = smoothed(b, w, 0);
    const lr = 1 / (2 * A + b * w * w); // 1/L for the sharpest stage
    const sigmas = Array.from({ length: p.stages }, (_, k) =>
      p.stages === 1 ? 0 : p.sigmaMax * ((p.stages - 1 - k) / (p.stages - 1)) ** 2,
    );
    let x = [p.start];
    const tracked: { sigma: number; x: number }[] = [];
    for (const [k, sigma] of sigmas.entries()) {
      await checkpoint(ctx, ID);
      const stage = smoothed(b, w, sigma);
      x = Array.from(minimize(stage, sgd({ lr }), { x0: x, steps: p.stepsPerStage }).x);
      tracked.push({ sigma, x: x[0]! });
      ctx.onProgress?.(k + 1, p.stages + 1);
    }
    await checkpoint(ctx, ID);
    const plain = minimize(sharp, sgd({ lr }), {
      x0: [p.start],
      steps: p.stages * p.stepsPerStage,
    });
    ctx.onProgress?.(p.stages + 1, p.stages + 1);

    const xStar = globalMinimizer(sharp);
    const val = (v: number) => sharp.value(Float64Array.of(v));
    const xCont = x[0]!;
    const xPlain = plain.x[0]!;
    const grid = Array.from(
      { length: 241 },
      (_, i) => X_RANGE[0] + ((X_RANGE[1] - X_RANGE[0]) * i) / 240,
    );
    const shown = [...new Set([sigmas[0]!, sigmas[Math.floor(sigmas.length / 2)]!, 0])];
    return {
      charts: [
        {
          type: 'line',
          title: 'Blurred objectives f_σ and tracked minimizers',
          xAxis: { label: 'x', domain: X_RANGE },
          yAxis: { label: 'f_σ(x)' },
          series: [
            ...shown.map((sigma, i) => {
              const f = smoothed(b, w, sigma);
              return {
                name: `σ = ${fmt(sigma)}`,
                x: grid,
                y: grid.map((g) => f.value(Float64Array.of(g))),
                dashed: sigma > 0,
                colorIndex: i,
              };
            }),
            {
              name: 'continuation minimizers',
              x: tracked.map((t) => t.x),
              y: tracked.map((t) => smoothed(b, w, t.sigma).value(Float64Array.of(t.x))),
              marker: 'circle' as const,
              colorIndex: 3,
            },
          ],
          annotations: [
            { kind: 'vline', x: p.start, label: 'start' },
            { kind: 'vline', x: xPlain, label: 'plain descent' },
            { kind: 'vline', x: xStar, label: 'global min' },
          ],
        },
        {
          type: 'line',
          title: 'Minimizer tracked stage by stage',
          xAxis: { label: 'stage' },
          yAxis: { label: 'x' },
          series: [
            {
              name: 'continuation',
              x: tracked.map((_, k) => k + 1),
              y: tracked.map((t) => t.x),
              marker: 'circle',
            },
            { name: 'plain descent (final)', x: [1, p.stages], y: [xPlain, xPlain], dashed: true },
            { name: 'global minimizer', x: [1, p.stages], y: [xStar, xStar], dashed: true },
          ],
        },
      ],
      tables: [
        {
          title: 'Stages',
          columns: ['stage', 'σ', 'x'],
          rows: tracked.map((t, k) => [k + 1, t.sigma, t.x]),
        },
      ],
      metrics: {
        globalX: xStar,
        continuationX: xCont,
        plainX: xPlain,
        continuationGap: val(xCont) - val(xStar),
        plainGap: val(xPlain) - val(xStar),
      },
      notes: [
        `f(x) = ${A}(x − ${C})² − b cos(ωx); blurring by N(0, σ²) gives ${A}((x − ${C})² + σ²) − b e^{−ω²σ²/2} cos(ωx).`,
        `Both use gradient descent with lr = 1/L = ${fmt(lr)} and the same total number of steps.`,
      ],
    };
  },
  finding: (r) => {
    const gap = r.metrics.continuationGap!;
    const where = gap < 1e-6 ? 'in the global minimum' : `${fmt(gap)} above the global minimum`;
    const plainGap = r.metrics.plainGap!;
    const plain =
      plainGap < 1e-6
        ? `and plain descent reaches it too (x = ${fmt(r.metrics.plainX!)}): from this start no local minimum is in its way`
        : `while plain descent stops at x = ${fmt(r.metrics.plainX!)}, ${fmt(plainGap)} above it`;
    return `Continuation ends at x = ${fmt(r.metrics.continuationX!)}, ${where}, ${plain}.`;
  },
});
