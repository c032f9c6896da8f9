import { describe, expect, it, vi } from 'vitest';
import { checkResult, type ExperimentResult, runExperiment } from '../../src/index.js';

// Heavy experiments take seconds when the machine is busy; they are not timed here.
vi.setConfig({ testTimeout: 60_000 });

describe('bn-training', () => {
  it('run: the band of learning rates that trains is wider with batch norm', async () => {
    const r = await runExperiment('bn-training', {}, { seed: 0 });
    expect(r.metrics.trainedWithBn).toBeGreaterThan(r.metrics.trainedWithoutBn!);
    // the largest learning rate diverges without batch norm and trains with it
    const last = r.tables![0]!.rows.at(-1)!;
    expect(last[1]).toBe('diverged');
    expect(last[2]).toBeLessThan(0.35);
  });

  it('run reports progress per learning rate and stops promptly when aborted', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = runExperiment(
      'bn-training',
      {},
      {
        seed: 0,
        signal: controller.signal,
        onProgress: (done, total) => {
          seen.push(done);
          expect(total).toBe(10);
          if (done === 1) controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ name: 'ExperimentAbortError' });
    expect(seen).toEqual([1]);
  });

  it('run streams well-formed partial results through onPartial, one per finished run', async () => {
    const partials: ExperimentResult[] = [];
    const final = await runExperiment(
      'bn-training',
      { steps: 20, lrCount: 3 },
      {
        seed: 0,
        onPartial: (r) => partials.push(r),
      },
    );
    expect(partials).toHaveLength(5);
    for (const [k, partial] of partials.entries()) {
      expect(checkResult(partial)).toEqual([]);
      const cells = partial.tables![0]!.rows.flatMap((row) => row.slice(1));
      expect(cells.filter((v) => v !== 'pending')).toHaveLength(k + 1);
    }
    expect(final.tables![0]!.rows.flat()).not.toContain('pending');
  });
});

describe('bn-training layer histograms', () => {
  it.each([
    [6, 3],
    [2, 1],
    [12, 4],
  ])(
    'run at depth %i lays the layer histograms out in rows of at most 4, evenly',
    async (depth, columns) => {
      const r = await runExperiment('bn-training', { depth, steps: 10, lrCount: 2 }, { seed: 1 });
      const grid = r.charts.at(-1)!;
      if (grid.type !== 'grid') throw new Error('expected the layer grid last');
      expect(grid.charts).toHaveLength(depth - 1);
      expect(grid.columns).toBe(columns);
    },
  );
});
