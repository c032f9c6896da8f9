import { cloneState, minimize, type OptimizerState } from '@dl8/optimizers';
import type { Trajectory as ChartPath, LineSeries } from '@dl8/viz';
import { checkpoint } from '../abort.js';
import { defineExperiment } from '../defineExperiment.js';
import { contourGrid } from '../math/contourGrid.js';
import { fmt } from '../math/format.js';
import { objectiveValue2d } from '../math/objectiveValue2d.js';
import { RACERS } from './optimizer-race/racers.js';
import { SETUPS } from './optimizer-race/setups.js';

const ID = 'optimizer-race';

const norm = (v: ArrayLike<number>): number => Math.hypot(...Array.from(v));

/**
 * 8.3–8.5: first-order optimizers side by side on one 2-D objective — their paths, their losses
 * and their internal state (velocity, accumulators) at any step, in PyTorch's or the book's form.
 */
export const optimizerRace = defineExperiment({
  id: ID,
  title: 'Optimizer race on a 2-D objective',
  section: '8.3–8.5',
  summary:
    'SGD, momentum, Nesterov, AdaGrad, RMSProp and Adam on one contour: momentum cuts across the ill-conditioned valley that plain SGD zig-zags down, and the adaptive methods rescale each coordinate.',
  heavy: true,
  params: {
    objective: {
      kind: 'choice',
      label: 'Objective',
      help: 'the 2-D function to minimize',
      default: 'ellipse',
      choices: [
        { value: 'ellipse', label: 'Ill-conditioned ellipse (κ = 20)' },
        { value: 'rosenbrock', label: 'Rosenbrock' },
        { value: 'beale', label: 'Beale' },
        { value: 'himmelblau', label: 'Himmelblau' },
        { value: 'saddle', label: 'Saddle x² − y²' },
      ],
    },
    lr: {
      kind: 'number',
      label: 'Learning rate',
      help: 'shared by every optimizer',
      default: 0.02,
      min: 1e-4,
      max: 1,
      scale: 'log',
    },
    momentum: {
      kind: 'number',
      label: 'Momentum',
      help: 'for momentum and Nesterov',
      default: 0.9,
      min: 0,
      max: 0.99,
      step: 0.01,
    },
    steps: {
      kind: 'integer',
      label: 'Steps',
      help: 'steps per optimizer',
      default: 200,
      min: 1,
      max: 2000,
    },
    variant: {
      kind: 'choice',
      label: 'Variant',
      help: 'PyTorch’s formulas or the book’s (Nesterov at the look-ahead point, RMSProp with δ inside the root, AdaGrad δ = 1e-7)',
      default: 'pytorch',
      choices: [
        { value: 'pytorch', label: 'PyTorch (torch.optim)' },
        { value: 'book', label: 'Book (Alg. 8.1–8.7)' },
      ],
    },
    showStep: {
      kind: 'integer',
      label: 'Show step k',
      help: 'draw the paths up to step k and show the optimizer state there (clamped to steps)',
      default: 2000,
      min: 0,
      max: 2000,
    },
    sgd: { kind: 'boolean', label: 'SGD', help: 'plain gradient descent', default: true },
    sgdMomentum: {
      kind: 'boolean',
      label: 'SGD + momentum',
      help: 'SGD with (heavy-ball) momentum',
      default: true,
    },
    nesterov: { kind: 'boolean', label: 'Nesterov', help: 'Nesterov momentum', default: false },
    adagrad: { kind: 'boolean', label: 'AdaGrad', help: 'AdaGrad', default: false },
    rmsprop: { kind: 'boolean', label: 'RMSProp', help: 'RMSProp', default: true },
    adam: { kind: 'boolean', label: 'Adam', help: 'Adam', default: true },
  },
  async run(p, ctx) {
    const setup = SETUPS[p.objective]!;
    const f = setup.make();
    const k = Math.min(p.showStep, p.steps);
    const enabled: Record<string, boolean> = {
      sgd: p.sgd,
      momentum: p.sgdMomentum,
      nesterov: p.nesterov,
      adagrad: p.adagrad,
      rmsprop: p.rmsprop,
      adam: p.adam,
    };
    const racers = RACERS.filter((r) => enabled[r.key]);
    const [x0a, x1a] = setup.xRange;
    const [y0a, y1a] = setup.yRange;
    const inBox = (q: readonly number[]) =>
      q.every(Number.isFinite) &&
      Math.abs(q[0]!) <= 10 * Math.max(Math.abs(x0a), Math.abs(x1a)) &&
      Math.abs(q[1]!) <= 10 * Math.max(Math.abs(y0a), Math.abs(y1a));

    const paths: ChartPath[] = [];
    const lossSeries: LineSeries[] = [];
    const stateRows: (string | number)[][] = [];
    const metrics: Record<string, number> = {};
    for (const [i, racer] of racers.entries()) {
      await checkpoint(ctx, ID);
      const method = racer.build(p.lr, p.momentum, p.variant);
      let stateAtK: OptimizerState | undefined =
        k === 0 ? method.init(Float64Array.from(setup.x0)) : undefined;
      const t = minimize(f, method, {
        x0: setup.x0,
        steps: p.steps,
        onStep: (info) => {
          if (info.step === k) stateAtK = cloneState(info.state);
        },
      });
      // keep the finite, on-screen part: a diverged run ends where it left the plot
      let last = t.positions.findIndex((q, j) => !inBox(q) || !Number.isFinite(t.losses[j]!));
      last = last < 0 ? t.positions.length - 1 : Math.max(0, last - 1);
      const upto = Math.min(last, k);
      const name = p.variant === 'book' && /book/i.test(method.name) ? method.name : racer.label;
      paths.push({
        name,
        x: t.positions.slice(0, upto + 1).map((q) => q[0]!),
        y: t.positions.slice(0, upto + 1).map((q) => q[1]!),
        colorIndex: i,
      });
      lossSeries.push({
        name,
        x: t.losses.slice(0, last + 1).map((_, j) => j),
        y: t.losses.slice(0, last + 1),
        colorIndex: i,
      });
      metrics[`loss_${racer.key}`] = t.losses[last]!;
      metrics[`diverged_${racer.key}`] = last < t.positions.length - 1 ? 1 : 0;
      if (t.positions.length > 1) {
        const d = [t.positions[1]![0]! - setup.x0[0], t.positions[1]![1]! - setup.x0[1]];
        metrics[`firstStep_${racer.key}`] = norm(d);
        if (racer.key === 'adam') {
          metrics['adamFirstStepDeviation'] = Math.max(
            ...d.map((di) => Math.abs(Math.abs(di) - p.lr)),
          );
        }
      }
      ctx.onProgress?.(i + 1, racers.length);
      for (const [buffer, arrays] of Object.entries(stateAtK?.buffers ?? {})) {
        const a = arrays[0];
        if (a?.length !== 2) continue;
        stateRows.push([name, buffer, a[0]!, a[1]!, norm(a)]);
      }
    }

    const fxy = objectiveValue2d(f);
    return {
      charts: [
        {
          type: 'contour',
          title: `${f.name}: paths up to step ${k}`,
          grid: contourGrid(fxy, setup.xRange, setup.yRange),
          levels: setup.logLevels ? { count: 14, log: true } : 14,
          xAxis: { label: 'x1', domain: setup.xRange },
          yAxis: { label: 'x2', domain: setup.yRange },
          zLabel: 'f',
          trajectories: paths,
        },
        {
          type: 'line',
          title: 'Loss per step',
          xAxis: { label: 'step' },
          yAxis: { label: 'f(x)', scale: p.objective === 'saddle' ? 'linear' : 'log' },
          series: lossSeries,
          annotations: [{ kind: 'vline', x: k, label: `k = ${k}` }],
        },
        {
          type: 'bar',
          title: `Optimizer state at step ${k}`,
          description:
            'Each state buffer (velocity, squared-gradient accumulators, moments) as its two components.',
          categories: stateRows.map((r) => `${r[0]}: ${r[1]}`),
          series: [
            { name: 'component 1', values: stateRows.map((r) => r[2] as number) },
            { name: 'component 2', values: stateRows.map((r) => r[3] as number) },
          ],
          valueScale: 'log-magnitude',
        },
      ],
      tables: [
        {
          title: `State at step ${k}`,
          columns: ['optimizer', 'buffer', 'component 1', 'component 2', 'norm'],
          rows: stateRows,
        },
        {
          title: 'Final loss',
          columns: ['optimizer', 'final loss', 'diverged'],
          rows: racers.map((r, i) => [
            lossSeries[i]!.name,
            metrics[`loss_${r.key}`]!,
            metrics[`diverged_${r.key}`] ? 'yes' : 'no',
          ]),
        },
      ],
      metrics,
      notes: [`Start ${JSON.stringify(setup.x0)}; variant: ${p.variant}.`],
    };
  },
  finding: (r) => {
    const m = r.metrics;
    if (m.loss_sgd !== undefined && m.loss_momentum !== undefined) {
      return `After the race plain SGD is at loss ${fmt(m.loss_sgd)} while momentum reached ${fmt(m.loss_momentum)}.`;
    }
    const best = Object.entries(m)
      .filter(([key]) => key.startsWith('loss_'))
      .sort((a, b) => a[1] - b[1])[0];
    return best
      ? `The best final loss is ${fmt(best[1])}, by ${best[0].slice(5)}.`
      : 'No optimizer was selected (0 runs).';
  },
});
