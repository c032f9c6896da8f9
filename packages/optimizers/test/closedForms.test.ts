import { createRng } from '@dl8/core';
import { describe, expect, it } from 'vitest';
import {
  blockCoordinateDescent,
  coordinateDescent,
  coupledQuadratic,
  ellipse,
  lineSearchDescent,
  minimize,
  newton,
  newtonBlock,
  quadratic,
  rosenbrock,
  saddle,
  solveLinear,
} from '../src/index.js';
import { expectClose } from './assert.js';

// A random-looking SPD matrix: M^T M + I.
const M = [1, 2, 0, -1, 0.5, 1, 3, 0, 2, -1, 1, 0.5, 0, 1, -2, 1];
const n = 4;
const spd = new Array(n * n).fill(0);
for (let i = 0; i < n; i++)
  for (let j = 0; j < n; j++) {
    for (let k = 0; k < n; k++) spd[i * n + j] += M[k * n + i]! * M[k * n + j]!;
    if (i === j) spd[i * n + j] += 1;
  }
const b = [1, -2, 0.5, 3];

describe('closed forms', () => {
  it.each([0.01, 0.1, 1])(
    'coordinateDescent() on coupledQuadratic(%d) shrinks x by exactly (1 + alpha)^-2 per sweep (1e-12)',
    (alpha) => {
      const t = minimize(coupledQuadratic(alpha), coordinateDescent(), { x0: [1, 1], steps: 8 });
      const rate = (1 + alpha) ** -2;
      // After the first sweep x1 = x2 / (1 + alpha) holds, so from then on every sweep scales both by rate.
      for (let k = 2; k < t.positions.length; k++) {
        for (let i = 0; i < 2; i++) {
          const prev = t.positions[k - 1]![i]!;
          expect(Math.abs(t.positions[k]![i]! - rate * prev)).toBeLessThanOrEqual(
            1e-12 * Math.abs(prev),
          );
        }
      }
      // And the first sweep from (1, 1): x1 = 1 / (1 + a), x2 = x1 / (1 + a).
      expectClose(t.positions[1]!, [1 / (1 + alpha), 1 / (1 + alpha) ** 2], 1e-15);
    },
  );

  it('coordinateDescent({ perStep: "coordinate" }) on coupledQuadratic(0.01) zig-zags one coordinate at a time', () => {
    const t = minimize(coupledQuadratic(0.01), coordinateDescent({ perStep: 'coordinate' }), {
      x0: [1, 1],
      steps: 4,
    });
    for (let k = 1; k < t.positions.length; k++) {
      const moved = t.positions[k]!.map((v, i) => v !== t.positions[k - 1]![i]);
      expect(moved.filter(Boolean).length).toBe(1);
    }
  });

  it('newton() solves an SPD quadratic in one step', () => {
    const f = quadratic(spd, b);
    const t = minimize(f, newton(), { x0: [3, -1, 2, 5], steps: 1 });
    expectClose(t.x, solveLinear(spd, b), 1e-12);
    expect(t.gradNorms[1]!).toBeLessThan(1e-12);
  });

  it('newton() reaches the coupled quadratic minimum in one step while 100 CD sweeps are still far off', () => {
    const f = coupledQuadratic(0.01);
    expect(minimize(f, newton(), { x0: [1, 1], steps: 1 }).losses[1]).toBeLessThan(1e-28);
    const cd = minimize(f, coordinateDescent(), { x0: [1, 1], steps: 100 });
    // 1.01^-200 = 0.137: most of the distance remains.
    expect(Math.hypot(cd.x[0]!, cd.x[1]!)).toBeGreaterThan(0.13);
  });

  it('newton() goes straight to the saddle point of saddle(), which is not a minimum', () => {
    const t = minimize(saddle(), newton(), { x0: [1, 1], steps: 1 });
    expectClose(t.x, [0, 0], 1e-15);
  });

  it('coordinateDescent() on a separable quadratic converges in one sweep', () => {
    const f = quadratic([2, 0, 0, 0, 5, 0, 0, 0, 0.5], [1, -3, 2]);
    const t = minimize(f, coordinateDescent(), { x0: [7, 7, 7], steps: 1 });
    expectClose(t.x, [0.5, -0.6, 4], 1e-15);
  });

  it('coordinateDescent({ order: "greedy" }) on a separable quadratic converges in dim updates', () => {
    const f = quadratic([2, 0, 0, 0, 5, 0, 0, 0, 0.5], [1, -3, 2]);
    const t = minimize(f, coordinateDescent({ order: 'greedy' }), { x0: [7, 7, 7], steps: 1 });
    expectClose(t.x, [0.5, -0.6, 4], 1e-15);
  });

  it('coordinateDescent({ solver: "brent" }) matches the exact coordinate update on a quadratic', () => {
    const f = quadratic(spd, b);
    const exact = minimize(f, coordinateDescent(), { x0: [1, 1, 1, 1], steps: 3 });
    const brent = minimize(f, coordinateDescent({ solver: 'brent' }), {
      x0: [1, 1, 1, 1],
      steps: 3,
    });
    const golden = minimize(f, coordinateDescent({ solver: 'golden' }), {
      x0: [1, 1, 1, 1],
      steps: 3,
    });
    expectClose(brent.x, exact.x, 1e-7);
    expectClose(golden.x, exact.x, 1e-7);
  });

  it('coordinateDescent() (Brent) on rosenbrock() never increases the loss and heads to (1, 1)', () => {
    const t = minimize(rosenbrock(), coordinateDescent(), { x0: [-1.5, 2], steps: 2000 });
    for (let k = 1; k < t.losses.length; k++)
      expect(t.losses[k]!).toBeLessThanOrEqual(t.losses[k - 1]! + 1e-12);
    expect(t.losses.at(-1)!).toBeLessThan(1e-3);
  });

  it('coordinateDescent({ order: "random", rng }) converges and replays exactly from the same seed', () => {
    const f = quadratic(spd, b);
    const run = (seed: number) =>
      minimize(f, coordinateDescent({ order: 'random', rng: createRng(seed) }), {
        x0: [0, 0, 0, 0],
        steps: 300,
      });
    const a = run(5);
    expectClose(a.x, solveLinear(spd, b), 1e-9);
    expect(run(5).positions).toEqual(a.positions);
    expect(run(6).positions[1]).not.toEqual(a.positions[1]);
  });

  it('blockCoordinateDescent with random and greedy block order converges on an SPD quadratic', () => {
    const f = quadratic(spd, b);
    const groups = [[0, 1], [2], [3]];
    for (const opts of [
      { order: 'random' as const, rng: createRng(2) },
      { order: 'greedy' as const },
    ]) {
      const t = minimize(f, blockCoordinateDescent({ groups, ...opts }), {
        x0: [0, 0, 0, 0],
        steps: 400,
      });
      expectClose(t.x, solveLinear(spd, b), 1e-9);
    }
  });

  it('blockCoordinateDescent with one block holding every coordinate is one exact solve', () => {
    const f = quadratic(spd, b);
    const t = minimize(f, blockCoordinateDescent({ groups: [[0, 1, 2, 3]] }), {
      x0: [0, 0, 0, 0],
      steps: 1,
    });
    expectClose(t.x, solveLinear(spd, b), 1e-12);
  });

  it('blockCoordinateDescent over [[0, 1], [2, 3]] converges to the solution and decreases the loss', () => {
    const f = quadratic(spd, b);
    const t = minimize(
      f,
      blockCoordinateDescent({
        groups: [
          [0, 1],
          [2, 3],
        ],
      }),
      { x0: [0, 0, 0, 0], steps: 200 },
    );
    expectClose(t.x, solveLinear(spd, b), 1e-9);
    for (let k = 1; k < t.losses.length; k++)
      expect(t.losses[k]!).toBeLessThanOrEqual(t.losses[k - 1]! + 1e-12);
  });

  it('blockCoordinateDescent with newtonBlock() equals exact blocks on a quadratic', () => {
    const f = quadratic(spd, b);
    const groups = [
      [0, 2],
      [1, 3],
    ];
    const a = minimize(f, blockCoordinateDescent({ groups }), { x0: [1, 2, 3, 4], steps: 3 });
    const c = minimize(f, blockCoordinateDescent({ groups, solver: newtonBlock() }), {
      x0: [1, 2, 3, 4],
      steps: 3,
    });
    expectClose(c.x, a.x, 1e-12);
  });

  it('lineSearchDescent() on a quadratic takes the step g.g / g.A.g, and successive gradients are orthogonal', () => {
    const f = ellipse({ condition: 10, angle: 0.3 });
    const x0 = Float64Array.of(2, 1);
    const g0 = f.gradient(x0);
    const Ag = f.hessian(x0);
    const gAg =
      g0[0]! * (Ag[0]! * g0[0]! + Ag[1]! * g0[1]!) + g0[1]! * (Ag[2]! * g0[0]! + Ag[3]! * g0[1]!);
    const tStar = (g0[0]! ** 2 + g0[1]! ** 2) / gAg;
    const t = minimize(f, lineSearchDescent(), { x0, steps: 5, recordState: true });
    expectClose(t.positions[1]!, [2 - tStar * g0[0]!, 1 - tStar * g0[1]!], 1e-14);
    for (let k = 1; k < 5; k++) {
      const ga = f.gradient(Float64Array.from(t.positions[k - 1]!));
      const gb = f.gradient(Float64Array.from(t.positions[k]!));
      expect(Math.abs(ga[0]! * gb[0]! + ga[1]! * gb[1]!)).toBeLessThan(
        1e-10 * (1 + Math.hypot(ga[0]!, ga[1]!) ** 2),
      );
    }
  });

  it('lineSearchDescent() on rosenbrock() (Brent line search) decreases the loss every step', () => {
    const t = minimize(rosenbrock(), lineSearchDescent(), { x0: [-1.5, 2], steps: 200 });
    for (let k = 1; k < t.losses.length; k++)
      expect(t.losses[k]!).toBeLessThanOrEqual(t.losses[k - 1]!);
    expect(t.losses.at(-1)!).toBeLessThan(t.losses[0]! / 100);
  });
});
