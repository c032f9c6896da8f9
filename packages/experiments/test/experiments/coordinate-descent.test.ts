import { describe, expect, it } from 'vitest';
import { getExperiment, runExperiment } from '../../src/index.js';

describe('coordinate-descent', () => {
  it.each([0.001, 0.05, 1, 10])(
    'run with alpha %f contracts by (1 + alpha)^-2 per sweep',
    async (alpha) => {
      const r = await runExperiment('coordinate-descent', { alpha }, { seed: 0 });
      expect(r.metrics.contractionMeasured).toBeCloseTo((1 + alpha) ** -2, 12);
      expect(r.metrics.contractionTheory).toBe((1 + alpha) ** -2);
    },
  );

  it('run: every sweep after the first shrinks the iterate by exactly the same factor', async () => {
    const r = await runExperiment('coordinate-descent', { alpha: 0.2 }, { seed: 0 });
    const norms = r.tables![0]!.rows.map((row) => row[3] as number);
    expect(norms[2]! / norms[1]!).toBeCloseTo(1.2 ** -2, 12);
    expect(norms[3]! / norms[2]!).toBeCloseTo(1.2 ** -2, 12);
  });

  it('run: Newton reaches the minimum in a single step', async () => {
    const r = await runExperiment('coordinate-descent', {}, { seed: 0 });
    expect(r.metrics.newtonDistanceAfterOneStep).toBeLessThan(1e-14);
  });

  it('run: sweeps to tolerance grow as alpha shrinks, as the (1 + alpha)^-2 rate predicts', async () => {
    const r = await runExperiment('coordinate-descent', {}, { seed: 0 });
    const chart = r.charts[1]!;
    if (chart.type !== 'line') throw new Error('expected the sweeps chart');
    const [cd, , theory] = chart.series;
    for (let i = 1; i < cd!.y.length; i++) expect(cd!.y[i]).toBeLessThanOrEqual(cd!.y[i - 1]!);
    expect(cd!.y[0]).toBeGreaterThan(300);
    expect(cd!.y).toEqual(theory!.y.map(Math.ceil));
    expect(r.metrics.sweepsToTolerance).toBe(Math.ceil(r.metrics.sweepsPredicted!));
  });
});

describe('coordinate-descent finding', () => {
  it('run at the defaults says Newton lands exactly on the minimum', async () => {
    const r = await runExperiment('coordinate-descent', {}, { seed: 1 });
    expect(r.metrics.newtonDistanceAfterOneStep).toBeLessThanOrEqual(1e-12);
    const text = getExperiment('coordinate-descent').finding(r);
    expect(text).toContain('one Newton step lands exactly on the minimum.');
    expect(text).not.toContain('lands 0');
  });
});
