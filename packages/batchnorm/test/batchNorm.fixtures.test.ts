import { describe, expect, it } from 'vitest';
import { batchNorm, createRunningStats } from '../src/index.js';
import { caseTolerance, expectClose, sequenceCases, singleCases, tolerance } from './fixture.js';

describe('batchnorm.json fixture (PyTorch 1.13, float64)', () => {
  it('states the tolerance the tests apply', () => {
    expect(tolerance).toContain('1e-9 + 1e-9 * |want|');
    expect(tolerance).toContain('1e-6 + 1e-6 * |want|');
    expect(singleCases.length).toBeGreaterThanOrEqual(11);
    expect(sequenceCases.length).toBeGreaterThanOrEqual(3);
    expect(singleCases.map((c) => c.name)).toContain('large_offset_small_spread');
  });
});

describe('batchNorm(x, shape, options) matches PyTorch on every single-call case', () => {
  it.each(singleCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const tol = caseTolerance(c.name);
    const runningMean = Float64Array.from(c.running_mean_in);
    const runningVar = Float64Array.from(c.running_var_in);
    const result = batchNorm(Float64Array.from(c.x), c.shape, {
      gamma: c.affine ? c.gamma : null,
      beta: c.affine ? c.beta : null,
      eps: c.eps,
      momentum: c.momentum,
      runningMean,
      runningVar,
      training: c.training,
    });
    expect(result.output).toBeInstanceOf(Float64Array);
    expectClose(result.output, c.y, tol, 'y');
    expectClose(runningMean, c.running_mean_out, tol, 'running mean');
    expectClose(runningVar, c.running_var_out, tol, 'running var');
    expect(result.numBatchesTracked).toBe(c.training ? 1 : 0);
    const grads = result.backward(Float64Array.from(c.dy));
    expectClose(grads.dx, c.dx, tol, 'dx');
    if (c.affine) {
      expectClose(grads.dgamma, c.dgamma!, tol, 'dgamma');
      expectClose(grads.dbeta, c.dbeta!, tol, 'dbeta');
    }
  });
});

describe('batchNorm with createRunningStats() matches a PyTorch module fed batches', () => {
  it.each(sequenceCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const tol = caseTolerance(c.name);
    const channels = c.shape[1]!;
    const stats = createRunningStats(channels);
    c.train_batches.forEach((batch, k) => {
      const r = batchNorm(Float64Array.from(batch), c.shape, {
        eps: c.eps,
        momentum: c.momentum,
        runningMean: stats.mean,
        runningVar: stats.variance,
        numBatchesTracked: stats.numBatchesTracked,
      });
      stats.numBatchesTracked = r.numBatchesTracked;
      expectClose(stats.mean, c.running_mean_after[k]!, tol, `running mean after batch ${k}`);
      expectClose(stats.variance, c.running_var_after[k]!, tol, `running var after batch ${k}`);
    });
    expect(stats.numBatchesTracked).toBe(c.train_batches.length);
    const evalResult = batchNorm(Float64Array.from(c.eval_x), c.shape, {
      eps: c.eps,
      runningMean: stats.mean,
      runningVar: stats.variance,
      training: false,
    });
    expectClose(evalResult.output, c.eval_y, tol, 'eval y');
  });
});
