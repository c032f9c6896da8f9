import { BatchNorm } from '@dl8/batchnorm';
import { createRng, fromArray, mseLoss, noGrad, tensor, Var } from '@dl8/core';
import { sgd, trainModule } from '@dl8/optimizers';
import { defineExperiment } from '../defineExperiment.js';
import { fmt } from '../math/format.js';

const BOOK_EPS = 1e-8;

interface DeepLinear {
  weights: Var[];
  bn: BatchNorm | null;
  forward(x: Var): { h: Var; out: Var };
}

/** y = x w_1 ... w_l, or with batch norm before the last layer: y = w_l BN(x w_1 ... w_{l-1}). */
function deepLinear(depth: number, init: readonly number[], withBn: boolean): DeepLinear {
  const weights = init.slice(0, depth).map((w, i) => new Var(tensor([w]), { name: `w${i + 1}` }));
  const bn = withBn ? new BatchNorm(1, { affine: false, eps: BOOK_EPS }) : null;
  return {
    weights,
    bn,
    forward(x) {
      let h = x;
      for (const w of weights.slice(0, -1)) h = h.mul(w);
      const normalized = bn ? bn.forward(h) : h;
      return { h, out: normalized.mul(weights[depth - 1]!) };
    },
  };
}

const moments = (v: ArrayLike<number>) => {
  const a = Array.from(v);
  const mean = a.reduce((s, x) => s + x, 0) / a.length;
  return { mean, std: Math.sqrt(a.reduce((s, x) => s + (x - mean) ** 2, 0) / a.length) };
};

/**
 * 8.7.1: in the deep linear network with batch norm before the last layer, the lower layers can
 * no longer change the distribution the last layer sees: whatever they do, the normalized
 * activations stay unit-Gaussian, so learning reduces to fitting the last weight.
 */
export const bnDeepLinear = defineExperiment({
  id: 'bn-deep-linear',
  title: 'Batch norm in the deep linear network',
  section: '8.7.1',
  summary:
    'With batch norm before the last layer of y = x w1 ... wl, updates to the lower layers leave the normalized activations unit-Gaussian, and gradient descent fits the target quickly where the plain deep product struggles.',
  heavy: false,
  params: {
    depth: {
      kind: 'integer',
      label: 'Depth l',
      help: 'scalar layers',
      default: 8,
      min: 2,
      max: 20,
    },
    lr: {
      kind: 'number',
      label: 'Learning rate',
      help: 'gradient-descent step',
      default: 0.1,
      min: 0.001,
      max: 0.5,
      scale: 'log',
    },
    steps: {
      kind: 'integer',
      label: 'Steps',
      help: 'full-batch gradient steps',
      default: 40,
      min: 1,
      max: 500,
    },
    batchSize: {
      kind: 'integer',
      label: 'Batch size',
      help: 'inputs x ~ N(0, 1), the book’s unit Gaussian',
      default: 32,
      min: 2,
      max: 256,
    },
    target: {
      kind: 'number',
      label: 'Target slope',
      help: 'the data follow y = slope · x + N(0, 0.1²) noise',
      default: 3,
      min: -5,
      max: 5,
      step: 0.1,
    },
    perturbation: {
      kind: 'number',
      label: 'Lower-layer update size',
      help: 'relative size of random updates applied to w_1 .. w_{l−1} to show what the last layer sees',
      default: 0.5,
      min: 0,
      max: 0.9,
      step: 0.05,
    },
  },
  run(p, ctx) {
    const rng = createRng(ctx.seed);
    const m = p.batchSize;
    const xs = Array.from({ length: m }, () => rng.normal());
    const ys = xs.map((x) => p.target * x + 0.1 * rng.normal());
    const x = new Var(fromArray(xs, [m, 1]), { requiresGrad: false });
    const y = fromArray(ys, [m, 1]);
    const init = Array.from({ length: p.depth }, () => 1 + 0.1 * rng.normal());

    const curves: number[][] = [];
    const lowerGrad: number[] = [];
    for (const withBn of [false, true]) {
      const net = deepLinear(p.depth, init, withBn);
      const trainer = trainModule(sgd({ lr: p.lr }), { parameters: () => net.weights });
      const losses: number[] = [];
      let lower = 0;
      for (let s = 0; s < p.steps; s++) {
        trainer.zeroGrad();
        const loss = mseLoss(net.forward(x).out, y);
        const value = loss.value.data[0]!;
        if (!Number.isFinite(value) || value > 1e12) break;
        losses.push(value);
        loss.backward();
        if (s === 0)
          for (const w of net.weights.slice(0, -1))
            lower = Math.max(lower, Math.abs(w.grad!.data[0]!));
        trainer.step();
      }
      curves.push(losses);
      lowerGrad.push(lower);
    }

    // random updates to the lower layers: the raw h moves, the normalized activations do not
    const probe = deepLinear(p.depth, init, true);
    probe.bn!.train();
    const before = noGrad(() => {
      const { h } = probe.forward(x);
      return { h: Array.from(h.value.data), n: Array.from(probe.bn!.forward(h).value.data) };
    });
    for (const w of probe.weights.slice(0, -1))
      w.value.data[0] = w.value.data[0]! * (1 + p.perturbation * rng.uniform(-1, 1));
    const after = noGrad(() => {
      const { h } = probe.forward(x);
      return { h: Array.from(h.value.data), n: Array.from(probe.bn!.forward(h).value.data) };
    });
    const sign = Math.sign(after.h[0]! * before.h[0]!) || 1;
    const normalizedChange = Math.max(...after.n.map((v, i) => Math.abs(v - sign * before.n[i]!)));
    const rawBefore = moments(before.h);
    const rawAfter = moments(after.h);
    const norm = moments(after.n);
    const [plain, normed] = curves as [number[], number[]];
    const last = (c: number[]) =>
      c.length === p.steps ? c[c.length - 1]! : Number.POSITIVE_INFINITY;
    return {
      charts: [
        {
          type: 'line',
          title: `Training loss, depth ${p.depth}, lr ${p.lr}`,
          xAxis: { label: 'step' },
          yAxis: { label: 'mean squared error', scale: 'log' },
          series: [
            { name: 'plain deep linear network', x: plain.map((_, s) => s), y: plain },
            { name: 'batch norm before the last layer', x: normed.map((_, s) => s), y: normed },
          ],
        },
        {
          type: 'histogram',
          title: 'Input to the last layer, before/after updates',
          series: [
            { name: 'raw h, before', values: before.h },
            { name: 'raw h, after', values: after.h },
            { name: 'normalized, after', values: after.n },
          ],
          bins: 24,
          xAxis: { label: 'activation' },
        },
      ],
      tables: [
        {
          title: 'Activations entering the last layer',
          columns: ['', 'mean', 'std'],
          rows: [
            ['raw h, before updates', rawBefore.mean, rawBefore.std],
            ['raw h, after updates', rawAfter.mean, rawAfter.std],
            ['normalized, after updates', norm.mean, norm.std],
          ],
        },
      ],
      metrics: {
        finalLossPlain: Math.min(last(plain), 1e12),
        finalLossBatchNorm: Math.min(last(normed), 1e12),
        plainDiverged: plain.length < p.steps ? 1 : 0,
        lowerGradPlain: lowerGrad[0]!,
        lowerGradBatchNorm: lowerGrad[1]!,
        normalizedChange,
        normalizedMean: norm.mean,
        normalizedStd: norm.std,
        rawMeanChange: Math.abs(rawAfter.mean - rawBefore.mean),
        rawStdRatio: rawAfter.std / rawBefore.std,
      },
      notes: [
        `Batch norm here has no γ, β (the last weight scales) and uses the book’s δ = ${BOOK_EPS}.`,
      ],
    };
  },
  finding: (r) =>
    `Random lower-layer updates scale the raw activations by ${fmt(r.metrics.rawStdRatio!)} but move the normalized ones by ${fmt(r.metrics.normalizedChange!)}; with batch norm training reaches loss ${fmt(r.metrics.finalLossBatchNorm!)}, without it ${r.metrics.plainDiverged ? 'gradient descent diverges' : `the loss is ${fmt(r.metrics.finalLossPlain!)}`}.`,
});
