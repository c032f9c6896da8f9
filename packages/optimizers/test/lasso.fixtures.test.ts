import { createRng } from '@dl8/core';
import { describe, expect, it } from 'vitest';
import {
  coordinateDescent,
  lasso,
  lassoCoordinateDescent,
  lassoProblem,
  minimize,
  softThreshold,
} from '../src/index.js';
import { expectClose } from './assert.js';
import { loadFixture } from './fixtures.js';

interface Case {
  n: number;
  d: number;
  alpha: number;
  X: number[];
  y: number[];
  w: number[];
}
const fixture = loadFixture<{ tolerance: string; objective: string; cases: Case[] }>('lasso.json');
const label = (c: Case) => `n ${c.n}, d ${c.d}, alpha ${c.alpha}`;

describe('lasso coordinate descent against scikit-learn 1.2 Lasso (lasso.json)', () => {
  it('the file uses the objective and tolerance these tests assume', () => {
    expect(fixture.objective).toContain('(1 / (2 n)) * ||y - X w||^2 + alpha * ||w||_1');
    expect(fixture.tolerance).toContain('1e-7');
    expect(fixture.cases.length).toBe(3);
  });

  it.each(fixture.cases.map((c) => [label(c), c] as const))(
    'lassoCoordinateDescent(%s) (cyclic) matches every coefficient to 1e-7',
    (_l, c) => {
      const sol = lassoCoordinateDescent(lassoProblem(c.X, c.y, c.alpha));
      expect(sol.converged).toBe(true);
      expectClose(sol.w, c.w, 1e-7);
      // Zeros land exactly on zero: the soft threshold, not a small number.
      c.w.forEach((wj, j) => {
        if (wj === 0) expect(sol.w[j]).toBe(0);
      });
    },
  );

  it.each(fixture.cases.map((c) => [label(c), c] as const))(
    'lassoCoordinateDescent(%s) with random (seeded) and greedy order reaches the same solution',
    (_l, c) => {
      const problem = lassoProblem(c.X, c.y, c.alpha);
      expectClose(
        lassoCoordinateDescent(problem, { order: 'random', rng: createRng(7) }).w,
        c.w,
        1e-7,
      );
      expectClose(lassoCoordinateDescent(problem, { order: 'greedy' }).w, c.w, 1e-7);
    },
  );

  it.each(fixture.cases.map((c) => [label(c), c] as const))(
    'minimize(lasso(%s), coordinateDescent()) uses the soft-threshold update and matches to 1e-7',
    (_l, c) => {
      const f = lasso(c.X, c.y, c.alpha);
      const t = minimize(f, coordinateDescent(), { x0: new Array(c.d).fill(0), steps: 3000 });
      expectClose(t.x, c.w, 1e-7);
      // The loss never goes up: each coordinate update is an exact minimization.
      for (let k = 1; k < t.losses.length; k++)
        expect(t.losses[k]!).toBeLessThanOrEqual(t.losses[k - 1]! + 1e-15);
    },
  );

  it.each(fixture.cases.map((c) => [label(c), c] as const))(
    'minimize(lasso(%s), coordinateDescent({ order: "greedy" })) stops on the subgradient tolerance at the solution',
    (_l, c) => {
      const f = lasso(c.X, c.y, c.alpha);
      const t = minimize(f, coordinateDescent({ order: 'greedy' }), {
        x0: new Array(c.d).fill(0),
        steps: 5000,
        tolerance: 1e-10,
      });
      expect(t.stopped).toBe('tolerance');
      expectClose(t.x, c.w, 1e-7);
    },
  );

  it.each(fixture.cases.map((c) => [label(c), c] as const))(
    "lasso(%s).gradient (minimum-norm subgradient) is ~0 at scikit-learn's solution",
    (_l, c) => {
      const g = lasso(c.X, c.y, c.alpha).gradient(Float64Array.from(c.w));
      for (const gj of g) expect(Math.abs(gj)).toBeLessThan(1e-6);
    },
  );
});

describe('softThreshold(x, lambda)', () => {
  it.each([
    [3, 1, 2],
    [-3, 1, -2],
    [0.5, 1, 0],
    [-1, 1, 0],
    [1, 0, 1],
  ])('softThreshold(%d, %d) = %d', (x, l, want) => {
    expect(softThreshold(x, l)).toBe(want);
  });
});
