import { describe, expect, it } from 'vitest';
import { runExperiment } from '../../src/index.js';

describe('separable-vs-coupled', () => {
  it('run: one sweep solves the separable problem, and matched blocks solve the coupled one', async () => {
    const r = await runExperiment('separable-vs-coupled', {}, { seed: 0 });
    expect(r.metrics.sweepsSeparable).toBe(1);
    expect(r.metrics.sweepsMatchedBlocks).toBe(1);
  });

  it('run: coordinate descent on the coupled problem is slow, contracting by c^2 per sweep', async () => {
    const r = await runExperiment('separable-vs-coupled', {}, { seed: 0 });
    expect(r.metrics.sweepsCoupled).toBeGreaterThan(50);
    expect(r.metrics.contractionCoupled).toBeCloseTo(0.81, 10);
  });

  it('run: blocks that split the coupled pairs are as slow as single coordinates', async () => {
    const r = await runExperiment('separable-vs-coupled', {}, { seed: 0 });
    expect(r.metrics.sweepsMismatchedBlocks).toBe(r.metrics.sweepsCoupled);
  });

  it('run with coupling 0 makes every method exact in one sweep', async () => {
    const r = await runExperiment('separable-vs-coupled', { coupling: 0 }, { seed: 2 });
    expect(r.metrics.sweepsCoupled).toBe(1);
  });
});
