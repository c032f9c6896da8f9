import { describe, expect, it } from 'vitest';
import { runExperiment } from '../../src/index.js';

describe('continuation', () => {
  it('run: continuation finds the global basin, plain descent stops in a local one', async () => {
    const r = await runExperiment('continuation', {}, { seed: 0 });
    expect(r.metrics.continuationGap).toBeLessThan(1e-8);
    expect(Math.abs(r.metrics.continuationX! - r.metrics.globalX!)).toBeLessThan(1e-4);
    expect(r.metrics.plainGap).toBeGreaterThan(0.5);
  });

  it.each([-5, -3, 5.5])('run from start %f still ends in the global basin', async (start) => {
    const r = await runExperiment('continuation', { start }, { seed: 0 });
    expect(r.metrics.continuationGap).toBeLessThan(1e-8);
  });

  it('run with one stage and no blur is plain descent', async () => {
    const r = await runExperiment('continuation', { stages: 1, sigmaMax: 0 }, { seed: 0 });
    expect(r.metrics.continuationX).toBe(r.metrics.plainX);
  });
});
