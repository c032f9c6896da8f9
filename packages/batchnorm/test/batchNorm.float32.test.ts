import { describe, expect, it } from 'vitest';
import { batchNorm } from '../src/index.js';
import { expectClose, singleCases } from './fixture.js';

describe('batchNorm on Float32Array input', () => {
  it.each(singleCases.filter((c) => !c.name.includes('offset')).map((c) => [c.name, c] as const))(
    '%s: Float32Array output within float32 rounding of PyTorch',
    (_name, c) => {
      const runningMean = Float64Array.from(c.running_mean_in);
      const runningVar = Float64Array.from(c.running_var_in);
      const result = batchNorm(Float32Array.from(c.x), c.shape, {
        gamma: c.affine ? c.gamma : null,
        beta: c.affine ? c.beta : null,
        eps: c.eps,
        momentum: c.momentum,
        runningMean,
        runningVar,
        training: c.training,
      });
      expect(result.output).toBeInstanceOf(Float32Array);
      expectClose(result.output, c.y, 2e-5, 'y');
      expectClose(runningMean, c.running_mean_out, 2e-5, 'running mean');
      expectClose(runningVar, c.running_var_out, 2e-5, 'running var');
      const grads = result.backward(Float32Array.from(c.dy));
      expect(grads.dx).toBeInstanceOf(Float32Array);
      expectClose(grads.dx, c.dx, 1e-4, 'dx');
    },
  );

  it('accumulates in double: statistics equal the float64 run on the same float32 values', () => {
    // 100 000 rows of 1 + 2^-20 * k: a float32 accumulator would drift by far more than 1e-12.
    const n = 100_000;
    const x32 = new Float32Array(n * 2);
    for (let i = 0; i < n; i++) {
      x32[2 * i] = 1 + (i % 1024) * 2 ** -20;
      x32[2 * i + 1] = -3 + (i % 7) * 0.25;
    }
    const r32 = batchNorm(x32, [n, 2]);
    const r64 = batchNorm(Float64Array.from(x32), [n, 2]);
    expectClose(r32.mean, r64.mean, 1e-13, 'mean');
    expectClose(r32.variance, r64.variance, 1e-10, 'variance');
  });

  it('writes into the out buffer it is given and returns that buffer', () => {
    const c = singleCases.find((k) => k.name === 'nchw_2d')!;
    const out = new Float32Array(c.x.length);
    const dxOut = new Float32Array(c.x.length);
    const r = batchNorm(Float32Array.from(c.x), c.shape, { gamma: c.gamma, beta: c.beta, out });
    expect(r.output).toBe(out);
    expectClose(out, c.y, 2e-5, 'y');
    const g = r.backward(Float32Array.from(c.dy), { out: dxOut });
    expect(g.dx).toBe(dxOut);
    expectClose(dxOut, c.dx, 1e-4, 'dx');
  });
});
