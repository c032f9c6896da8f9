import { describe, expect, it } from 'vitest';
import { getExperiment, runExperiment } from '../../src/index.js';

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

describe('continuation finding', () => {
  it('run with slow ripples says plain descent reaches the global minimum too, not "0 above it"', async () => {
    const r = await runExperiment('continuation', { frequency: 0.5 }, { seed: 1 });
    expect(r.metrics.plainGap).toBeLessThan(1e-6);
    const text = getExperiment('continuation').finding(r);
    expect(text).toContain('plain descent reaches it too');
    expect(text).not.toContain(' 0 above it');
  });

  it('run at the defaults still contrasts the two', async () => {
    const r = await runExperiment('continuation', {}, { seed: 1 });
    expect(getExperiment('continuation').finding(r)).toMatch(
      /while plain descent stops at x = -4\.05, 3\.74 above it\.$/,
    );
  });
});
