import { describe, expect, it } from 'vitest';
import { runExperiment } from '../../src/index.js';

describe('bn-deep-linear', () => {
  it('run: lower-layer updates rescale the raw activations but leave the normalized ones unit-Gaussian', async () => {
    const r = await runExperiment('bn-deep-linear', {}, { seed: 0 });
    expect(Math.abs(r.metrics.rawStdRatio! - 1)).toBeGreaterThan(0.1);
    // exact up to the book's delta = 1e-8 inside the square root
    expect(r.metrics.normalizedChange).toBeLessThan(1e-6);
    expect(r.metrics.normalizedMean).toBeCloseTo(0, 12);
    expect(r.metrics.normalizedStd).toBeCloseTo(1, 6);
  });

  it('run: with batch norm the lower layers get (almost) no gradient', async () => {
    const r = await runExperiment('bn-deep-linear', {}, { seed: 0 });
    expect(r.metrics.lowerGradBatchNorm).toBeLessThan(1e-6 * r.metrics.lowerGradPlain!);
  });

  it('run at the default learning rate: batch norm fits, the plain deep product diverges', async () => {
    const r = await runExperiment('bn-deep-linear', {}, { seed: 0 });
    expect(r.metrics.plainDiverged).toBe(1);
    expect(r.metrics.finalLossBatchNorm).toBeLessThan(0.02);
  });

  it('run at a small learning rate: both fit, so the plain network is not simply broken', async () => {
    const r = await runExperiment('bn-deep-linear', { lr: 0.02, steps: 200 }, { seed: 0 });
    expect(r.metrics.plainDiverged).toBe(0);
    expect(r.metrics.finalLossPlain).toBeLessThan(0.02);
    expect(r.metrics.finalLossBatchNorm).toBeLessThan(0.02);
  });
});
