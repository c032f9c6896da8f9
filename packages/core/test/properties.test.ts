import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  broadcastShapes,
  broadcastTo,
  createRng,
  mul,
  randn,
  reshape,
  sum,
  sumToShape,
  transpose,
  variance,
} from '../src/index.js';
import { expectClose, expectGradOk } from './helpers.js';

/** A shape of rank 0..3 with dims 1..4, and a second shape that broadcasts with it. */
const broadcastPair = fc
  .array(fc.integer({ min: 1, max: 4 }), { minLength: 0, maxLength: 3 })
  .chain((shape) =>
    fc.tuple(
      fc.constant(shape),
      fc
        .integer({ min: 0, max: shape.length })
        .chain((drop) =>
          fc
            .array(fc.boolean(), { minLength: shape.length - drop, maxLength: shape.length - drop })
            .map((ones) => shape.slice(drop).map((d, i) => (ones[i] ? 1 : d))),
        ),
    ),
  );

describe('properties (fast-check, seeded)', () => {
  it('broadcastShapes is symmetric and add(a, b) = add(b, a)', () => {
    fc.assert(
      fc.property(broadcastPair, fc.integer({ min: 0, max: 1e6 }), ([sa, sb], seed) => {
        expect(broadcastShapes(sa, sb)).toEqual(broadcastShapes(sb, sa));
        const rng = createRng(seed);
        const a = randn(sa, rng);
        const b = randn(sb, rng);
        expectClose(add(a, b), add(b, a).data, 0, broadcastShapes(sa, sb));
      }),
      { seed: 11, numRuns: 80 },
    );
  });

  it('sumToShape is the adjoint of broadcastTo: <broadcastTo(x), g> = <x, sumToShape(g)>', () => {
    fc.assert(
      fc.property(broadcastPair, fc.integer({ min: 0, max: 1e6 }), ([big, small], seed) => {
        const rng = createRng(seed);
        const x = randn(small, rng);
        const g = randn(broadcastShapes(big, small), rng);
        const lhs = sum(mul(broadcastTo(x, g.shape), g)).item();
        const rhs = sum(mul(x, sumToShape(g, small))).item();
        expect(Math.abs(lhs - rhs)).toBeLessThan(1e-10 * (1 + Math.abs(lhs)));
      }),
      { seed: 12, numRuns: 80 },
    );
  });

  it('gradients of broadcasting mul and sub pass gradcheck for random shape pairs', () => {
    fc.assert(
      fc.property(broadcastPair, fc.integer({ min: 0, max: 1e6 }), ([sa, sb], seed) => {
        const rng = createRng(seed);
        expectGradOk((a, b) => a.mul(b).sub(b.tanh()), [randn(sa, rng), randn(sb, rng)]);
      }),
      { seed: 13, numRuns: 40 },
    );
  });

  it('transpose twice with the inverse permutation is the identity; reshape round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const t = randn([2, 3, 4], createRng(seed));
        expectClose(transpose(transpose(t, [2, 0, 1]), [1, 2, 0]), t.data, 0, [2, 3, 4]);
        expectClose(reshape(reshape(t, [4, -1]), [2, 3, 4]), t.data, 0, [2, 3, 4]);
      }),
      { seed: 14, numRuns: 20 },
    );
  });

  it('variance is shift invariant: var(t + c) = var(t) even for c = 1e8', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.double({ min: -1e8, max: 1e8, noNaN: true }),
        (seed, c) => {
          const t = randn([50], createRng(seed));
          const v = variance(t).item();
          expect(Math.abs(variance(add(t, c)).item() - v)).toBeLessThan(1e-6 * v);
        },
      ),
      { seed: 15, numRuns: 50 },
    );
  });
});
