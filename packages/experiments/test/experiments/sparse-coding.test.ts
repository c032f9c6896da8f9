import { describe, expect, it, vi } from 'vitest';
import { runExperiment } from '../../src/index.js';

// Heavy experiments take seconds when the machine is busy; they are not timed here.
vi.setConfig({ testTimeout: 60_000 });

describe('sparse-coding', () => {
  it('run: J never increases over the block steps', async () => {
    const r = await runExperiment('sparse-coding', {}, { seed: 0 });
    expect(r.metrics.maxRelativeIncrease).toBeLessThanOrEqual(1e-12);
    const rows = r.tables![0]!.rows;
    for (let i = 0; i < rows.length; i++) {
      expect(rows[i]![2] as number).toBeLessThanOrEqual((rows[i]![1] as number) * (1 + 1e-12));
      if (i > 0)
        expect(rows[i]![1] as number).toBeLessThanOrEqual(
          (rows[i - 1]![2] as number) * (1 + 1e-12),
        );
    }
    expect(r.metrics.finalObjective).toBeLessThan(0.1 * r.metrics.initialObjective!);
  });

  it('run: the lasso step leaves a good share of the codes exactly zero', async () => {
    const r = await runExperiment('sparse-coding', {}, { seed: 0 });
    expect(r.metrics.sparsity).toBeGreaterThan(0.25);
  });

  it.each([1, 2])('run with seed %i and a small lambda is still monotone', async (seed) => {
    const r = await runExperiment('sparse-coding', { lambda: 0.5, iterations: 10 }, { seed });
    expect(r.metrics.maxRelativeIncrease).toBeLessThanOrEqual(1e-12);
  });
});
