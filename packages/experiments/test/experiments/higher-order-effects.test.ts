import { describe, expect, it } from 'vitest';
import { getExperiment, runExperiment } from '../../src/index.js';

describe('higher-order-effects', () => {
  it('run at depth 1 makes the first-order prediction exact', async () => {
    const r = await runExperiment('higher-order-effects', { depth: 1, lr: 0.3 }, { seed: 0 });
    expect(r.metrics.actualChange).toBeCloseTo(r.metrics.predictedChange!, 14);
    expect(r.metrics.missedShare).toBeLessThan(1e-12);
    expect(r.metrics.secondOrder).toBe(0);
  });

  it.each([{ lr: 0.05 }, { lr: 0.01, weightScale: 1.2 }, { lr: 0.1, weightScale: 1, input: -0.5 }])(
    'run at fixed %o: the missed (higher-order) share grows with depth',
    async (params) => {
      const r = await runExperiment('higher-order-effects', params, { seed: 0 });
      const byDepth = r.charts[2]!;
      if (byDepth.type !== 'line') throw new Error('expected the depth chart');
      const share = byDepth.series[0]!.y;
      expect(share[0]).toBeLessThan(1e-12);
      for (let d = 1; d < share.length; d++) expect(share[d]).toBeGreaterThan(share[d - 1]!);
      expect(r.metrics.missedShareDepthMax).toBeGreaterThan(0.1);
    },
  );

  it('run: the order-k terms sum to the actual change', async () => {
    const r = await runExperiment('higher-order-effects', { depth: 12, lr: 0.1 }, { seed: 3 });
    const total = r.tables![0]!.rows.reduce((s, row) => s + (row[1] as number), 0);
    expect(total).toBeCloseTo(r.metrics.actualChange!, 12);
    expect(r.tables![0]!.rows[0]![1]).toBeCloseTo(r.metrics.predictedChange!, 14);
  });
});

describe('higher-order-effects finding', () => {
  it('run at the defaults reports depth 1 as exactly 0%, not rounding noise', async () => {
    const exp = getExperiment('higher-order-effects');
    const r = await runExperiment('higher-order-effects', {}, { seed: 1 });
    expect(r.metrics.missedShareDepth1).toBe(0);
    expect(exp.finding?.(r)).toContain('(depth 1: 0%,');
  });
});
