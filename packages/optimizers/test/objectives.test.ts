import { gradcheck, Tensor, Var } from '@dl8/core';
import { describe, expect, it } from 'vitest';
import {
  beale,
  coupledQuadratic,
  ellipse,
  himmelblau,
  lasso,
  type Objective,
  quadratic,
  rosenbrock,
  saddle,
} from '../src/index.js';

// f as a core autodiff op whose backward is OUR analytic gradient: gradcheck then compares it
// with central differences of f's value.
function valueOp(f: Objective) {
  return (x: Var) =>
    Var.op(
      new Tensor(Float64Array.of(f.value(x.value.data)), [1]),
      [x],
      (gOut) => {
        const g = f.gradient(x.value.data);
        for (let i = 0; i < g.length; i++) g[i] = g[i]! * gOut.data[0]!;
        return [new Tensor(g, [f.dim])];
      },
      `${f.name}.value`,
    );
}

// grad f as an op whose backward is H^T gOut: gradcheck compares the Hessian with differenced gradients.
function gradientOp(f: Objective) {
  return (x: Var) =>
    Var.op(
      new Tensor(f.gradient(x.value.data), [f.dim]),
      [x],
      (gOut) => {
        const H = f.hessian(x.value.data);
        const n = f.dim;
        const out = new Float64Array(n);
        for (let j = 0; j < n; j++)
          for (let i = 0; i < n; i++) out[j] = out[j]! + H[i * n + j]! * gOut.data[i]!;
        return [new Tensor(out, [n])];
      },
      `${f.name}.gradient`,
    );
}

const A6 = [4, 1, 0.5, 1, 3, 0.2, 0.5, 0.2, 2];
const lassoX = [1, 2, -1, 0.5, 0.3, -2, 1.5, 1, 0.7, -0.4, 2, 1];
const cases: [string, Objective, number[][]][] = [
  [
    'quadratic(A, b)',
    quadratic(A6, [1, -2, 0.5], { c: 3 }),
    [
      [0.3, -0.7, 1.2],
      [2, 1, -1],
    ],
  ],
  [
    'coupledQuadratic(0.1)',
    coupledQuadratic(0.1),
    [
      [1, -2],
      [0.5, 3],
    ],
  ],
  [
    'rosenbrock()',
    rosenbrock(),
    [
      [-1.5, 2],
      [0.3, 0.1],
      [1.2, 1.5],
    ],
  ],
  [
    'beale()',
    beale(),
    [
      [1, 1],
      [2.5, 0.3],
      [-1, 1.5],
    ],
  ],
  [
    'himmelblau()',
    himmelblau(),
    [
      [0, 0],
      [3.2, 1.9],
      [-2, 2.5],
    ],
  ],
  [
    'saddle()',
    saddle(),
    [
      [1, 1],
      [-0.5, 2],
    ],
  ],
  [
    'ellipse({ condition: 50, angle: 0.4 })',
    ellipse({ condition: 50, angle: 0.4 }),
    [
      [1, 1],
      [-3, 0.2],
    ],
  ],
  // Away from w_j = 0, where the L1 term is smooth.
  [
    'lasso(X, y, 0.1)',
    lasso(lassoX, [1, -1, 0.5, 2], 0.1),
    [
      [0.3, -0.2, 0.5],
      [-1, 0.4, 0.2],
    ],
  ],
];

describe('objectives: analytic derivatives against finite differences (core gradcheck)', () => {
  it.each(cases)('%s gradient matches central differences of the value', (_name, f, points) => {
    for (const p of points) {
      const r = gradcheck(valueOp(f), [new Tensor(Float64Array.from(p), [f.dim])], {
        eps: 1e-6,
        atol: 1e-6,
        rtol: 1e-6,
      });
      expect(r.ok, `at ${p}: max abs error ${r.maxAbsError}`).toBe(true);
    }
  });

  it.each(cases)('%s Hessian matches central differences of the gradient', (_name, f, points) => {
    for (const p of points) {
      const r = gradcheck(gradientOp(f), [new Tensor(Float64Array.from(p), [f.dim])], {
        eps: 1e-6,
        atol: 1e-6,
        rtol: 1e-6,
      });
      expect(r.ok, `at ${p}: max abs error ${r.maxAbsError}`).toBe(true);
    }
  });

  it.each(cases)('%s Hessian is symmetric', (_name, f, points) => {
    const H = f.hessian(Float64Array.from(points[0]!));
    const n = f.dim;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(H[i * n + j]).toBe(H[j * n + i]);
  });
});

describe('objectives: known values', () => {
  it('rosenbrock(), beale(), himmelblau() are 0 with zero gradient at their minima', () => {
    for (const f of [rosenbrock(), beale(), himmelblau()]) {
      for (const m of f.minima!) {
        const x = Float64Array.from(m);
        expect(Math.abs(f.value(x))).toBeLessThan(1e-20);
        for (const g of f.gradient(x)) expect(Math.abs(g)).toBeLessThan(1e-9);
      }
    }
  });

  it('coupledQuadratic(alpha) is (x1 - x2)^2 + alpha (x1^2 + x2^2)', () => {
    const f = coupledQuadratic(0.3);
    expect(f.value(Float64Array.of(1.5, -0.5))).toBeCloseTo(4 + 0.3 * 2.5, 14);
  });

  it('rosenbrock() at the fixture start (-1.5, 2) is 12.5', () => {
    expect(rosenbrock().value(Float64Array.of(-1.5, 2))).toBe(12.5);
  });

  it('ellipse({ condition }) has Hessian eigenvalues 1 and condition', () => {
    const H = ellipse({ condition: 100, angle: 0.7 }).hessian(Float64Array.of(0, 0));
    const tr = H[0]! + H[3]!;
    const det = H[0]! * H[3]! - H[1]! * H[2]!;
    expect(tr).toBeCloseTo(101, 10);
    expect(det).toBeCloseTo(100, 10);
  });

  it('saddle() has an indefinite Hessian diag(2, -2)', () => {
    expect(Array.from(saddle().hessian(Float64Array.of(3, 4)))).toEqual([2, 0, 0, -2]);
  });

  it('lasso(X, y, alpha).value is (1 / 2n) ||y - Xw||^2 + alpha ||w||_1', () => {
    const f = lasso([1, 0, 0, 1], [1, 2], 0.5);
    // residual (1 - 2, 2 + 1) = (-1, 3): 10 / 4 + 0.5 * 3
    expect(f.value(Float64Array.of(2, -1))).toBe(2.5 + 1.5);
  });

  it('quadratic(A, b) rejects a non-square or asymmetric A, naming the problem', () => {
    expect(() => quadratic([1, 2, 3], [1, 2])).toThrow(/A must be n x n = 4/);
    expect(() => quadratic([1, 2, 3, 4], [1, 2])).toThrow(/symmetric.*A\[1\]\[0\] = 3/);
  });

  it('objective.value rejects a point of the wrong length', () => {
    expect(() => rosenbrock().value(Float64Array.of(1, 2, 3))).toThrow(
      /length 3; this objective takes 2/,
    );
  });
});
