import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchNorm } from '../src/index.js';

const runs = { seed: 20260807, numRuns: 200 };
const value = fc.double({ min: -10, max: 10, noNaN: true });

interface Case {
  n: number;
  c: number;
  s: number;
  x: Float64Array;
  dy: Float64Array;
  gamma: number[];
  beta: number[];
  shift: number[];
  scale: number[];
}

/** Random [n, c, s] batches; each channel gets a -5 and a +5 so its variance is at least 50 / m. */
const batches: fc.Arbitrary<Case> = fc
  .tuple(
    fc.integer({ min: 2, max: 6 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 3 }),
  )
  .chain(([n, c, s]) => {
    const len = n * c * s;
    const perChannel = (arb: fc.Arbitrary<number>) => fc.array(arb, { minLength: c, maxLength: c });
    return fc.record({
      n: fc.constant(n),
      c: fc.constant(c),
      s: fc.constant(s),
      x: fc.array(value, { minLength: len, maxLength: len }).map((v) => {
        const x = Float64Array.from(v);
        for (let j = 0; j < c; j++) {
          x[j * s] = -5;
          x[((n - 1) * c + j) * s + s - 1] = 5;
        }
        return x;
      }),
      dy: fc.array(value, { minLength: len, maxLength: len }).map((v) => Float64Array.from(v)),
      gamma: perChannel(fc.double({ min: -3, max: 3, noNaN: true })),
      beta: perChannel(value),
      shift: perChannel(fc.double({ min: -100, max: 100, noNaN: true })),
      scale: perChannel(fc.double({ min: 0.01, max: 100, noNaN: true })),
    });
  });

/** Calls f(j, index) for every element of channel j of an [n, c, s] array. */
function eachInChannel(k: Case, j: number, f: (i: number) => void): void {
  for (let i = 0; i < k.n; i++) for (let t = 0; t < k.s; t++) f((i * k.c + j) * k.s + t);
}

describe('batchNorm backward: the gradient has no mean-shift or scale component', () => {
  it('per channel sum(dx) = 0 and sum(dx * x_hat) = 0 (eps = 1e-12)', () => {
    fc.assert(
      fc.property(batches, (k) => {
        const r = batchNorm(k.x, [k.n, k.c, k.s], { gamma: k.gamma, eps: 1e-12 });
        const { dx } = r.backward(k.dy);
        for (let j = 0; j < k.c; j++) {
          let sum = 0;
          let sumXhat = 0;
          let scale = 0;
          eachInChannel(k, j, (i) => {
            const xhat = (k.x[i]! - r.mean[j]!) * r.invStd[j]!;
            sum += dx[i]!;
            sumXhat += dx[i]! * xhat;
            scale += Math.abs(k.dy[i]! * k.gamma[j]! * r.invStd[j]!) * (1 + Math.abs(xhat));
          });
          expect(Math.abs(sum)).toBeLessThanOrEqual(1e-12 * scale + 1e-300);
          expect(Math.abs(sumXhat)).toBeLessThanOrEqual(1e-10 * scale + 1e-300);
        }
      }),
      runs,
    );
  });

  it('with eps > 0, sum(dx * x_hat) is exactly the eps residue invStd * eps / (var + eps) * sum(dxh * x_hat)', () => {
    fc.assert(
      fc.property(batches, (k) => {
        const eps = 0.5;
        const r = batchNorm(k.x, [k.n, k.c, k.s], { gamma: k.gamma, eps });
        const { dx } = r.backward(k.dy);
        for (let j = 0; j < k.c; j++) {
          let got = 0;
          let dxhXhat = 0;
          let scale = 0;
          eachInChannel(k, j, (i) => {
            const xhat = (k.x[i]! - r.mean[j]!) * r.invStd[j]!;
            got += dx[i]! * xhat;
            dxhXhat += k.dy[i]! * k.gamma[j]! * xhat;
            scale += Math.abs(k.dy[i]! * k.gamma[j]! * r.invStd[j]!) * (1 + xhat * xhat);
          });
          const want = ((r.invStd[j]! * eps) / (r.variance[j]! + eps)) * dxhXhat;
          expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-12 * scale + 1e-300);
        }
      }),
      runs,
    );
  });
});

describe('batchNorm forward in training mode', () => {
  it('is unchanged when a channel is shifted by a constant', () => {
    fc.assert(
      fc.property(batches, (k) => {
        const moved = Float64Array.from(k.x);
        for (let j = 0; j < k.c; j++)
          eachInChannel(k, j, (i) => (moved[i] = k.x[i]! + k.shift[j]!));
        const a = batchNorm(k.x, [k.n, k.c, k.s]).output;
        const b = batchNorm(moved, [k.n, k.c, k.s]).output;
        for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(1e-12);
      }),
      runs,
    );
  });

  it('is unchanged when a channel is scaled by a positive constant (up to eps)', () => {
    fc.assert(
      fc.property(batches, (k) => {
        const scaled = Float64Array.from(k.x);
        for (let j = 0; j < k.c; j++)
          eachInChannel(k, j, (i) => (scaled[i] = k.x[i]! * k.scale[j]!));
        const eps = 1e-12;
        const ra = batchNorm(k.x, [k.n, k.c, k.s], { eps });
        const a = ra.output;
        const rb = batchNorm(scaled, [k.n, k.c, k.s], { eps });
        for (let j = 0; j < k.c; j++) {
          // the only change is sqrt(var + eps) vs sqrt(var) scaling: relative eps / (2 var)
          const allowed = eps / (2 * Math.min(ra.variance[j]!, rb.variance[j]!)) + 1e-12;
          eachInChannel(k, j, (i) => {
            expect(Math.abs(a[i]! - rb.output[i]!)).toBeLessThanOrEqual(
              allowed * (1 + Math.abs(a[i]!)),
            );
          });
        }
      }),
      runs,
    );
  });

  it('with gamma and beta, each channel has mean beta and std |gamma| (up to eps)', () => {
    fc.assert(
      fc.property(batches, (k) => {
        const eps = 1e-5;
        const r = batchNorm(k.x, [k.n, k.c, k.s], { gamma: k.gamma, beta: k.beta, eps });
        const m = k.n * k.s;
        for (let j = 0; j < k.c; j++) {
          let mean = 0;
          eachInChannel(k, j, (i) => (mean += r.output[i]!));
          mean /= m;
          let v = 0;
          eachInChannel(k, j, (i) => (v += (r.output[i]! - mean) ** 2));
          const std = Math.sqrt(v / m);
          const g = Math.abs(k.gamma[j]!);
          const variance = r.variance[j]!;
          expect(Math.abs(mean - k.beta[j]!)).toBeLessThan(1e-12 * (1 + g + Math.abs(k.beta[j]!)));
          // exactly |gamma| * sqrt(var / (var + eps)); within |gamma| * eps / (2 var) of |gamma|
          expect(Math.abs(std - g * Math.sqrt(variance / (variance + eps)))).toBeLessThan(
            1e-12 * (1 + g),
          );
          expect(Math.abs(std - g)).toBeLessThanOrEqual(
            (g * eps) / (2 * variance) + 1e-12 * (1 + g),
          );
        }
      }),
      runs,
    );
  });
});
