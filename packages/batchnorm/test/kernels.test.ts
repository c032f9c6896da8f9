import { describe, expect, it } from 'vitest';
import { type BatchNormKernels, batchNorm, jsKernels } from '../src/index.js';
import { expectClose } from './fixture.js';

/** Straightforward per-channel reference over [n, c, s], written for clarity not speed. */
function reference(x: Float64Array, n: number, c: number, s: number) {
  const mean = new Float64Array(c);
  const variance = new Float64Array(c);
  for (let j = 0; j < c; j++) {
    const values: number[] = [];
    for (let i = 0; i < n; i++) for (let t = 0; t < s; t++) values.push(x[(i * c + j) * s + t]!);
    const mu = values.reduce((a, b) => a + b, 0) / values.length;
    mean[j] = mu;
    variance[j] = values.reduce((a, b) => a + (b - mu) ** 2, 0) / values.length;
  }
  return { mean, variance };
}

function filled(length: number, f: (i: number) => number): Float64Array {
  return Float64Array.from({ length }, (_, i) => f(i));
}

describe('jsKernels.moments(x, n, c, s, mean, variance)', () => {
  it.each([
    [7, 5, 1],
    [4, 3, 1],
    [16, 3, 1],
    [19, 5, 1],
    [1, 2, 9],
    [5, 3, 4],
  ])('n = %i, c = %i, s = %i agrees with a plain per-channel loop', (n, c, s) => {
    const x = filled(n * c * s, (i) => Math.sin(i * 1.7) * 3 + (i % 5));
    const mean = new Float64Array(c);
    const variance = new Float64Array(c);
    jsKernels.moments(x, n, c, s, mean, variance);
    const want = reference(x, n, c, s);
    expectClose(mean, want.mean, 1e-14, 'mean');
    expectClose(variance, want.variance, 1e-13, 'variance');
  });

  it('keeps the variance of 1e9 + small noise where E[x^2] - E[x]^2 returns garbage', () => {
    const n = 1000;
    const x = filled(n, (i) => 1e9 + ((i % 10) - 4.5) * 1e-3);
    const mean = new Float64Array(1);
    const variance = new Float64Array(1);
    jsKernels.moments(x, n, 1, 1, mean, variance);
    // x - 1e9 is exact in double, so the stored values' true variance is computable directly
    const want = reference(
      filled(n, (i) => x[i]! - 1e9),
      n,
      1,
      1,
    ).variance[0]!;
    let sq = 0;
    for (const v of x) sq += v * v;
    const naive = sq / n - mean[0]! ** 2;
    expect(Math.abs(variance[0]! - want) / want).toBeLessThan(1e-6);
    expect(Math.abs(naive - want) / want).toBeGreaterThan(0.5);
  });
});

describe('batchNorm on row counts that are not a multiple of the unrolling', () => {
  it('gives the same dx for [N, C] as for the same data laid out [N, C, 1]', () => {
    const n = 19;
    const c = 6;
    const x = filled(n * c, (i) => Math.cos(i * 0.37) * 2);
    const dy = filled(n * c, (i) => Math.sin(i * 0.91));
    const gamma = filled(c, (j) => 0.5 + j);
    const beta = filled(c, (j) => -j);
    const a = batchNorm(x, [n, c], { gamma, beta });
    const b = batchNorm(x, [n, c, 1], { gamma, beta });
    expectClose(a.output, b.output, 1e-15, 'y');
    const ga = a.backward(dy);
    const gb = b.backward(dy);
    expectClose(ga.dx, gb.dx, 1e-14, 'dx');
    expectClose(ga.dgamma, gb.dgamma, 1e-14, 'dgamma');
    expectClose(ga.dbeta, gb.dbeta, 1e-14, 'dbeta');
  });
});

describe('batchNorm(x, shape, { kernels })', () => {
  it('runs the kernels it is given, so another backend can sit behind the same interface', () => {
    const calls: string[] = [];
    const trace =
      <K extends keyof BatchNormKernels>(name: K) =>
      (...args: Parameters<BatchNormKernels[K]>): void => {
        calls.push(name);
        (jsKernels[name] as (...a: Parameters<BatchNormKernels[K]>) => void)(...args);
      };
    const traced: BatchNormKernels = {
      moments: trace('moments'),
      affine: trace('affine'),
      gradSums: trace('gradSums'),
      gradInput: trace('gradInput'),
    };
    const x = filled(12, (i) => i * i);
    const dy = filled(12, (i) => Math.sin(i));
    const a = batchNorm(x, [4, 3], { kernels: traced });
    const b = batchNorm(x, [4, 3]);
    expect(Array.from(a.output)).toEqual(Array.from(b.output));
    expect(Array.from(a.backward(dy).dx)).toEqual(Array.from(b.backward(dy).dx));
    expect(calls).toEqual(['moments', 'affine', 'gradSums', 'gradInput']);
  });
});
