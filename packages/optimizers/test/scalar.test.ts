import { describe, expect, it } from 'vitest';
import { bracketMinimum, brent, goldenSection, minimizeScalar, solveLinear } from '../src/index.js';
import { expectClose } from './assert.js';

describe('1-D minimization', () => {
  it('bracketMinimum(f, x0, step) returns a < b < c (or reversed) with f(b) below both ends', () => {
    const f = (x: number) => (x - 10) ** 2;
    const br = bracketMinimum(f, 0, 1);
    expect(br.fb).toBeLessThanOrEqual(br.fa);
    expect(br.fb).toBeLessThan(br.fc);
    expect(Math.min(br.a, br.c)).toBeLessThan(10);
    expect(Math.max(br.a, br.c)).toBeGreaterThan(10);
  });

  it('bracketMinimum walks the other way when the first step goes uphill', () => {
    const br = bracketMinimum((x) => (x + 5) ** 2, 0, 1);
    expect(Math.min(br.a, br.c)).toBeLessThan(-5);
  });

  it.each([
    ['brent', 'brent'],
    ['golden', 'golden'],
  ] as const)(
    'minimizeScalar({ method: %s }) finds the minimum of a smooth non-quadratic to 1e-7',
    (_n, method) => {
      // f(x) = x^4 - 3x^3 + 2 has f' = x^2 (4x - 9): minimum at 9/4.
      const r = minimizeScalar((x) => x ** 4 - 3 * x ** 3 + 2, { x0: 1, method });
      expect(Math.abs(r.x - 2.25)).toBeLessThan(1e-7);
    },
  );

  it('brent needs far fewer evaluations than golden section on a smooth function', () => {
    let nb = 0;
    let ng = 0;
    const f = (x: number) => Math.cosh(x - 0.3);
    const br = bracketMinimum(f, 0, 1);
    const rb = brent(
      (x) => {
        nb++;
        return f(x);
      },
      br,
      1e-10,
    );
    const rg = goldenSection(
      (x) => {
        ng++;
        return f(x);
      },
      br,
      1e-10,
    );
    expect(Math.abs(rb.x - 0.3)).toBeLessThan(1e-7);
    expect(Math.abs(rg.x - 0.3)).toBeLessThan(1e-7);
    expect(nb).toBeLessThan(ng);
  });

  it('minimizeScalar on a quadratic lands within sqrt(machine eps) of the minimum', () => {
    // Closer than ~1e-8 the values 5 + 3 dx^2 round to 5: no method can tell the points apart.
    const r = minimizeScalar((x) => 3 * (x - 1.234) ** 2 + 5, { tol: 1e-12 });
    expect(Math.abs(r.x - 1.234)).toBeLessThan(5e-8);
    expect(r.fx).toBeCloseTo(5, 14);
  });

  it('minimizeScalar on a function flat along the line returns a point without error', () => {
    expect(minimizeScalar(() => 4).fx).toBe(4);
  });
});

describe('solveLinear(A, b)', () => {
  it('solves a system that needs pivoting', () => {
    const x = solveLinear([0, 2, 1, 1, 1, 0, 3, 0, 1], [5, 2, 4]);
    // check A x = b
    expectClose([2 * x[1]! + x[2]!, x[0]! + x[1]!, 3 * x[0]! + x[2]!], [5, 2, 4], 1e-14);
  });
});
