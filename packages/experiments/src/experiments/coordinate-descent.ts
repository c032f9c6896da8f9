import { coordinateDescent, coupledQuadratic, minimize, newton, sgd } from '@dl8/optimizers';
import { defineExperiment } from '../defineExperiment.js';
import { contourGrid } from '../math/contourGrid.js';
import { fmt } from '../math/format.js';
import { logGrid } from '../math/logGrid.js';
import { objectiveValue2d } from '../math/objectiveValue2d.js';

const MAX_SWEEPS = 1000;
const PATH_STEPS = 40;

/** 12 levels from the grid’s maximum down by factors of 2. */
const levels = (z: readonly number[]): number[] => {
  const top = Math.max(...z);
  return Array.from({ length: 12 }, (_, i) => top * 2 ** (i - 11));
};

/** "one Newton step lands exactly on the minimum", or how far from it when rounding leaves a gap. */
const newtonLanding = (d: number): string =>
  d <= 1e-12
    ? 'one Newton step lands exactly on the minimum'
    : `one Newton step lands ${fmt(d)} from the minimum`;

const norm2 = (x: readonly number[]): number => Math.hypot(x[0]!, x[1]!);

/** Sweeps of cyclic coordinate descent (or gradient-descent steps) until ||x - x*|| <= tol. */
function stepsToTolerance(alpha: number, x0: number[], tol: number, method: 'cd' | 'gd'): number {
  const f = coupledQuadratic(alpha);
  const x = Float64Array.from(x0);
  const g = new Float64Array(2);
  if (method === 'cd') {
    const cd = coordinateDescent();
    const state = cd.init(x, f);
    for (let k = 1; k <= MAX_SWEEPS; k++) {
      cd.step(x, f, state);
      if (Math.hypot(x[0]!, x[1]!) <= tol) return k;
    }
  } else {
    const gd = sgd({ lr: 1 / (4 + 2 * alpha) });
    const state = gd.init(x);
    for (let k = 1; k <= MAX_SWEEPS; k++) {
      gd.step(x, f.gradient(x, g), state);
      if (Math.hypot(x[0]!, x[1]!) <= tol) return k;
    }
  }
  return MAX_SWEEPS;
}

/** Sweeps the (1 + alpha)^-2 rate predicts: one to reach the ray x1 = (1 + alpha) x2, then the rate. */
function predictedSweeps(alpha: number, x2: number, tol: number): number {
  const first = (Math.abs(x2) / (1 + alpha)) * Math.sqrt(1 + (1 + alpha) ** -2);
  return 1 + Math.max(0, Math.log(tol / first) / Math.log((1 + alpha) ** -2));
}

/**
 * 8.7.2's bad case: f = (x1 - x2)^2 + alpha (x1^2 + x2^2). Exact minimization over one coordinate
 * at a time shrinks x by (1 + alpha)^-2 per sweep, so progress stalls as alpha -> 0, while
 * Newton's method lands on the minimum in one step.
 */
export const coordinateDescentExperiment = defineExperiment({
  id: 'coordinate-descent',
  title: 'Coordinate descent on a coupled quadratic',
  section: '8.7.2',
  summary:
    'On f = (x1 − x2)² + α(x1² + x2²) each coordinate-descent sweep shrinks x only by (1 + α)⁻², so small α means very slow progress, while Newton’s method lands on the minimum in one step.',
  heavy: false,
  params: {
    alpha: {
      kind: 'number',
      label: 'α',
      help: 'weight of the α(x1² + x2²) term; small α couples the coordinates strongly',
      default: 0.05,
      min: 0.001,
      max: 10,
      scale: 'log',
    },
    x1: {
      kind: 'number',
      label: 'Start x1',
      help: 'first coordinate of the start',
      default: 1.5,
      min: -2,
      max: 2,
      step: 0.05,
    },
    x2: {
      kind: 'number',
      label: 'Start x2',
      help: 'second coordinate of the start',
      default: 0.5,
      min: -2,
      max: 2,
      step: 0.05,
    },
    tolerance: {
      kind: 'number',
      label: 'Tolerance',
      help: 'stop once the distance to the minimum is at most this',
      default: 1e-6,
      min: 1e-12,
      max: 1e-2,
      scale: 'log',
    },
  },
  run(p) {
    const f = coupledQuadratic(p.alpha);
    const x0 = [p.x1, p.x2];
    const cd = minimize(f, coordinateDescent({ perStep: 'coordinate' }), { x0, steps: PATH_STEPS });
    const gd = minimize(f, sgd({ lr: 1 / (4 + 2 * p.alpha) }), { x0, steps: PATH_STEPS });
    const nt = minimize(f, newton(), { x0, steps: 1 });
    // contraction per sweep, measured between sweeps 2 and 3 (after the first sweep the iterate is on the ray)
    const sweeps = minimize(f, coordinateDescent(), { x0, steps: 3 }).positions;
    // a start with x2 = 0 is solved by the first sweep: nothing is left to shrink
    const measured = norm2(sweeps[2]!) > 0 ? norm2(sweeps[3]!) / norm2(sweeps[2]!) : 0;
    const theory = (1 + p.alpha) ** -2;

    const alphas = logGrid(0.01, 10, 13);
    const cdSweeps = alphas.map((a) => stepsToTolerance(a, x0, p.tolerance, 'cd'));
    const gdSteps = alphas.map((a) => stepsToTolerance(a, x0, p.tolerance, 'gd'));
    const sweepsHere = stepsToTolerance(p.alpha, x0, p.tolerance, 'cd');

    const r = Math.max(Math.abs(p.x1), Math.abs(p.x2), 0.5) * 1.15;
    const grid = contourGrid(objectiveValue2d(f), [-r, r], [-r, r]);
    const path = (name: string, positions: number[][]) => ({
      name,
      x: positions.map((q) => q[0]!),
      y: positions.map((q) => q[1]!),
    });
    return {
      charts: [
        {
          type: 'contour',
          title: `Paths on f = (x1 − x2)² + ${p.alpha}(x1² + x2²)`,
          grid,
          // f is 0 at the minimum: geometric levels down from the largest value on the grid
          levels: { values: levels(grid.z) },
          xAxis: { label: 'x1' },
          yAxis: { label: 'x2' },
          zLabel: 'f',
          trajectories: [
            path(`coordinate descent (${PATH_STEPS} coordinate steps)`, cd.positions),
            path(`gradient descent, lr 1/L (${PATH_STEPS} steps)`, gd.positions),
            path('Newton (1 step)', nt.positions),
          ],
        },
        {
          type: 'line',
          title: `Sweeps to ‖x − x*‖ ≤ ${p.tolerance} vs α`,
          xAxis: { label: 'α', scale: 'log' },
          yAxis: { label: 'sweeps / steps', scale: 'log' },
          series: [
            { name: 'coordinate descent (sweeps)', x: alphas, y: cdSweeps, marker: 'circle' },
            { name: 'gradient descent, lr 1/L (steps)', x: alphas, y: gdSteps, marker: 'square' },
            {
              name: 'predicted by the (1 + α)⁻² rate',
              x: alphas,
              y: alphas.map((a) => predictedSweeps(a, p.x2, p.tolerance)),
              dashed: true,
            },
          ],
          annotations: [{ kind: 'vline', x: p.alpha, label: 'α' }],
        },
      ],
      tables: [
        {
          title: 'Coordinate descent, sweep by sweep',
          columns: ['sweep', 'x1', 'x2', '‖x‖'],
          rows: sweeps.map((q, k) => [k, q[0]!, q[1]!, norm2(q)]),
        },
      ],
      metrics: {
        contractionMeasured: measured,
        contractionTheory: theory,
        sweepsToTolerance: sweepsHere,
        sweepsPredicted: predictedSweeps(p.alpha, p.x2, p.tolerance),
        newtonDistanceAfterOneStep: norm2(nt.positions[1]!),
        gdDistanceAfterPath: norm2(gd.positions[PATH_STEPS]!),
        cdDistanceAfterPath: norm2(cd.positions[PATH_STEPS]!),
      },
      notes: [
        `Sweeps are capped at ${MAX_SWEEPS}.`,
        'Gradient descent uses lr = 1/L with L = 4 + 2α, the largest eigenvalue of the Hessian.',
      ],
    };
  },
  finding: (r) =>
    `Each coordinate-descent sweep shrinks x by ${fmt(r.metrics.contractionMeasured!, 6)} = (1 + α)⁻² (${fmt(r.metrics.sweepsToTolerance!)} sweeps to tolerance), while ${newtonLanding(r.metrics.newtonDistanceAfterOneStep!)}.`,
});
