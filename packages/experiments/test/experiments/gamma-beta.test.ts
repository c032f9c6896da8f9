import { describe, expect, it } from 'vitest';
import { runExperiment } from '../../src/index.js';

describe('gamma-beta', () => {
  it.each(['gaussian', 'uniform', 'exponential', 'bimodal'])(
    'run with %s input gives mean beta and std |gamma|',
    async (distribution) => {
      const r = await runExperiment(
        'gamma-beta',
        { distribution, gamma: -1.7, beta: 2.5, shift: -8, spread: 4 },
        { seed: 1 },
      );
      expect(r.metrics.outMean).toBeCloseTo(2.5, 10);
      expect(r.metrics.outStd).toBeCloseTo(1.7, 5);
      expect(Math.abs(r.metrics.rawMean! - 2.5)).toBeGreaterThan(1);
    },
  );

  it('run at defaults: the raw moments are far from the output moments', async () => {
    const r = await runExperiment('gamma-beta', {}, { seed: 0 });
    expect(r.metrics.meanError).toBeLessThan(1e-12);
    expect(r.metrics.stdError).toBeLessThan(1e-5);
    expect(r.metrics.rawStd).toBeGreaterThan(2);
  });
});
