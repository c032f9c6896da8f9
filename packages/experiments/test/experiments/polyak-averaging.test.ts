import { describe, expect, it, vi } from 'vitest';
import { runExperiment } from '../../src/index.js';

// Heavy experiments take seconds when the machine is busy; they are not timed here.
vi.setConfig({ testTimeout: 60_000 });

describe('polyak-averaging', () => {
  it('run: the Polyak average and the EMA land closer to the minimum than the SGD iterate', async () => {
    const r = await runExperiment('polyak-averaging', {}, { seed: 0 });
    expect(r.metrics.rmsPolyak).toBeLessThan(0.25 * r.metrics.rmsIterate!);
    expect(r.metrics.rmsEma).toBeLessThan(0.5 * r.metrics.rmsIterate!);
  });

  it.each([1, 2, 3])(
    'run with seed %i keeps the averages closer than the iterate',
    async (seed) => {
      const r = await runExperiment('polyak-averaging', { steps: 1000 }, { seed });
      expect(r.metrics.rmsPolyak).toBeLessThan(r.metrics.rmsIterate!);
      expect(r.metrics.rmsEma).toBeLessThan(r.metrics.rmsIterate!);
    },
  );

  it('run on the curved non-convex path: the EMA stays near the iterate, the full average does not', async () => {
    const r = await runExperiment('polyak-averaging', {}, { seed: 0 });
    expect(r.metrics.curvedEmaLoss).toBeLessThan(0.1 * r.metrics.curvedPolyakLoss!);
  });
});
