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

describe('separable-vs-coupled chart', () => {
  it('run at the defaults draws every series on the log axis, the exact solves at the floor', async () => {
    const r = await runExperiment('separable-vs-coupled', {}, { seed: 1 });
    const chart = r.charts[0]!;
    if (chart.type !== 'line') throw new Error('expected the distance chart');
    for (const s of chart.series) {
      expect(s.y.length).toBeGreaterThanOrEqual(2);
      for (const v of s.y) expect(v).toBeGreaterThan(0);
    }
    const [separable, coupled, matched, mismatched] = chart.series;
    expect(separable!.y.at(-1)).toBe(1e-16);
    expect(matched!.y.at(-1)).toBe(1e-16);
    // Coinciding curves stay distinguishable: the block method drawn on top is dashed.
    expect(coupled!.y).toEqual(mismatched!.y);
    expect(mismatched!.dashed).toBe(true);
    expect(matched!.y).toEqual(separable!.y);
    expect(matched!.dashed).toBe(true);
    expect(separable!.dashed).toBeFalsy();
  });
});
