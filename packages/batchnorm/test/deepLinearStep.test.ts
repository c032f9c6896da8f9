import { fromArray, gradcheck, Tensor, Var } from '@dl8/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BatchNormError, deepLinearStep, productExpansion } from '../src/index.js';
import { add, dyadic, mul, neg, toNumber } from './dyadic.js';

const runs = { seed: 871, numRuns: 300 };

const networks = fc.record({
  x: fc.double({ min: 0.5, max: 1.5, noNaN: true }).chain((v) => fc.constantFrom(v, -v)),
  w: fc.array(
    fc.double({ min: 0.8, max: 1.2, noNaN: true }).chain((v) => fc.constantFrom(v, -v)),
    { minLength: 1, maxLength: 8 },
  ),
  eps: fc.double({ min: 0.01, max: 0.1, noNaN: true }),
});

/** x * prod(w_i - eps * g_i) - x * prod(w_i), exactly, for the doubles given. */
function exactChange(x: number, w: ArrayLike<number>, g: ArrayLike<number>, eps: number): number {
  let before = dyadic(x);
  let after = dyadic(x);
  const minusEps = dyadic(-eps);
  for (let i = 0; i < w.length; i++) {
    before = mul(before, dyadic(w[i]!));
    after = mul(after, add(dyadic(w[i]!), mul(minusEps, dyadic(g[i]!))));
  }
  return toNumber(add(after, neg(before)));
}

const relative = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe('deepLinearStep(x, weights, eps)', () => {
  it('order contributions sum to the actual change to 1e-12 relative', () => {
    fc.assert(
      fc.property(networks, ({ x, w, eps }) => {
        const step = deepLinearStep(x, w, eps);
        const exact = exactChange(x, w, step.gradient, eps);
        const sum = step.orders.reduce((a, b) => a + b, 0);
        expect(step.orders).toHaveLength(w.length);
        expect(relative(sum, exact)).toBeLessThan(1e-12);
        expect(relative(step.actualChange, exact)).toBeLessThan(1e-12);
        expect(relative(sum, step.actualChange)).toBeLessThan(1e-12);
      }),
      runs,
    );
  });

  it('order 1 is the first-order prediction -eps * g^T g', () => {
    fc.assert(
      fc.property(networks, ({ x, w, eps }) => {
        const step = deepLinearStep(x, w, eps);
        const gg = step.gradient.reduce((a, g) => a + g * g, 0);
        expect(step.predictedChange).toBe(-eps * gg);
        expect(relative(step.orders[0]!, step.predictedChange)).toBeLessThan(1e-13);
      }),
      runs,
    );
  });

  it('for l = 1 the first-order prediction is the exact change', () => {
    fc.assert(
      fc.property(networks, ({ x, w, eps }) => {
        const step = deepLinearStep(x, [w[0]!], eps);
        expect(step.gradient[0]).toBe(x);
        expect(relative(step.predictedChange, exactChange(x, [w[0]!], [x], eps))).toBeLessThan(
          1e-15,
        );
        expect(relative(step.actualChange, step.predictedChange)).toBeLessThan(1e-12);
      }),
      runs,
    );
  });

  it('g matches central finite differences of y_hat (gradcheck)', () => {
    fc.assert(
      fc.property(networks, ({ x, w }) => {
        const step = deepLinearStep(x, w, 0.01);
        const h = 1e-6;
        for (let i = 0; i < w.length; i++) {
          const up = w.slice();
          const down = w.slice();
          up[i] = w[i]! + h;
          down[i] = w[i]! - h;
          const fd = (deepLinearStep(x, up, 0).yHat - deepLinearStep(x, down, 0).yHat) / (2 * h);
          expect(Math.abs(fd - step.gradient[i]!)).toBeLessThan(1e-8 * (1 + Math.abs(fd)));
        }
      }),
      runs,
    );
  });

  it('g passes core gradcheck as the backward of y_hat(w)', () => {
    fc.assert(
      fc.property(networks, ({ x, w }) => {
        const yHat = (weights: Var) =>
          Var.op(
            new Tensor(Float64Array.of(deepLinearStep(x, weights.value.data, 0).yHat), []),
            [weights],
            (gradOut) => {
              const g = deepLinearStep(x, weights.value.data, 0).gradient;
              return [
                new Tensor(
                  g.map((v) => v * gradOut.data[0]!),
                  [g.length],
                ),
              ];
            },
            'deepLinear',
          );
        const result = gradcheck(yHat, [fromArray(w, [w.length])], { atol: 1e-8, rtol: 1e-7 });
        expect(result.ok, JSON.stringify(result)).toBe(true);
      }),
      { ...runs, numRuns: 50 },
    );
  });

  it('gives the seed term eps^2 * x * g_1 * g_2 * prod_{i>=3} w_i, and pair terms add up to order 2', () => {
    const x = 1.5;
    const w = [0.9, 1.1, 1.3, 0.7, 1.2];
    const eps = 0.05;
    const step = deepLinearStep(x, w, eps);
    const g = step.gradient;
    const tail = w[2]! * w[3]! * w[4]!;
    expect(relative(step.seedTerm, eps * eps * x * g[0]! * g[1]! * tail)).toBeLessThan(1e-15);
    let pairs = 0;
    for (let i = 0; i < w.length; i++)
      for (let j = i + 1; j < w.length; j++) pairs += step.pairTerm(i, j);
    expect(relative(pairs, step.orders[1]!)).toBeLessThan(1e-14);
    // with weights this close to 1 each order is smaller than the last
    for (let k = 1; k < w.length; k++) {
      expect(Math.abs(step.orders[k]!)).toBeLessThan(Math.abs(step.orders[k - 1]!));
    }
  });

  it('handles a zero weight without dividing (only g of that layer survives)', () => {
    const step = deepLinearStep(2, [0, 3, 4], 0.1);
    expect(Array.from(step.gradient)).toEqual([24, 0, 0]);
    expect(step.yHat).toBe(0);
    expect(step.orders[0]).toBeCloseTo(-0.1 * 576, 12);
  });

  it('rejects an empty network, non-finite x or eps, and bad pair indices', () => {
    expect(() => deepLinearStep(1, [], 0.1)).toThrow(BatchNormError);
    expect(() => deepLinearStep(1, [], 0.1)).toThrow('weights needs at least one layer');
    expect(() => deepLinearStep(Number.NaN, [1], 0.1)).toThrow('x and eps must be finite');
    expect(() => deepLinearStep(1, [1, 2], 0.1).pairTerm(0, 0)).toThrow(
      'need two different layer indices in 0..1, got 0, 0',
    );
    expect(deepLinearStep(1, [2], 0.1).seedTerm).toBe(0);
  });
});

describe('productExpansion(a, b)', () => {
  it('gives the coefficients of prod (a_i + t b_i)', () => {
    // (1 + 2t)(3 + 4t)(5 + 6t) = 15 + 68t + 100t^2 + 48t^3
    expect(Array.from(productExpansion([1, 3, 5], [2, 4, 6]))).toEqual([15, 68, 100, 48]);
    expect(Array.from(productExpansion([], []))).toEqual([1]);
  });
});
