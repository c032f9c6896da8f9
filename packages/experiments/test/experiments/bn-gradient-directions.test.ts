import { describe, expect, it } from 'vitest';
import { runExperiment } from '../../src/index.js';

describe('bn-gradient-directions', () => {
  it('run: back-prop through mu and sigma leaves no mean-shift or scaling component', async () => {
    const r = await runExperiment('bn-gradient-directions', {}, { seed: 0 });
    const g = r.metrics.gradNormThrough!;
    expect(r.metrics.maxShiftThrough).toBeLessThan(1e-13 * g);
    // with eps = 1e-8 the scale component is eps / var-sized, not exactly zero
    expect(r.metrics.maxScaleThrough).toBeLessThan(1e-7 * g);
  });

  it('run: holding mu and sigma constant leaves those components in', async () => {
    const r = await runExperiment('bn-gradient-directions', {}, { seed: 0 });
    expect(r.metrics.maxComponentHeld).toBeGreaterThan(0.05 * r.metrics.gradNormHeld!);
    expect(r.metrics.maxComponentHeld).toBeGreaterThan(1e6 * r.metrics.maxComponentThrough!);
  });

  it.each([3, 5, 64])(
    'run with batch size %i and eps 1e-12 keeps both components at rounding level',
    async (m) => {
      const r = await runExperiment(
        'bn-gradient-directions',
        { batchSize: m, units: 3, eps: 1e-12 },
        { seed: 7 },
      );
      expect(r.metrics.maxComponentThrough).toBeLessThan(1e-10 * r.metrics.gradNormThrough!);
    },
  );

  it('run with a large eps shows a scaling component of relative size about eps / var', async () => {
    const r = await runExperiment(
      'bn-gradient-directions',
      { eps: 0.1, inputStd: 0.5 },
      { seed: 0 },
    );
    expect(r.metrics.maxShiftThrough).toBeLessThan(1e-13 * r.metrics.gradNormThrough!);
    expect(r.metrics.maxScaleThrough).toBeGreaterThan(1e-3 * r.metrics.gradNormThrough!);
  });
});
