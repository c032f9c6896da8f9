import { describe, expect, it, vi } from 'vitest';
import { checkResult, type ExperimentResult, runExperiment } from '../../src/index.js';

// Heavy experiments take seconds when the machine is busy; they are not timed here.
vi.setConfig({ testTimeout: 60_000 });

describe('bn-running-stats', () => {
  it('run: the train/eval gap shrinks as the batch grows', async () => {
    const r = await runExperiment('bn-running-stats', {}, { seed: 0 });
    const gap = r.tables![0]!.rows.map((row) => row[1] as number);
    for (let i = 1; i < gap.length; i++) expect(gap[i]).toBeLessThan(gap[i - 1]!);
    expect(r.metrics.gapSmallest).toBeGreaterThan(5 * r.metrics.gapLargest!);
  });

  it('run: a biased running variance (Keras) is (m - 1) / m of the truth, an unbiased one (PyTorch) is not', async () => {
    const r = await runExperiment('bn-running-stats', {}, { seed: 0 });
    const rows = r.tables![0]!.rows;
    for (const row of rows) {
      const m = row[0] as number;
      expect(row[3] as number).toBeGreaterThan(0.93);
      expect(row[3] as number).toBeLessThan(1.07);
      expect(Math.abs((row[4] as number) - (m - 1) / m)).toBeLessThan(0.05);
    }
    expect(r.metrics.varRatioKerasSmallest).toBeLessThan(0.55);
  });

  it('run: eval outputs are wider with the biased variance at batch size 2, near 1 at 128', async () => {
    const r = await runExperiment('bn-running-stats', {}, { seed: 0 });
    expect(r.metrics.evalStdKerasSmallest).toBeGreaterThan(r.metrics.evalStdPytorchSmallest! + 0.2);
    expect(r.metrics.evalStdKerasLargest).toBeCloseTo(1, 1);
    expect(r.metrics.evalStdPytorchLargest).toBeCloseTo(1, 1);
  });

  it('run reports progress and stops with ExperimentAbortError when aborted', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = runExperiment(
      'bn-running-stats',
      {},
      {
        seed: 0,
        signal: controller.signal,
        onProgress: (done) => {
          seen.push(done);
          if (done === 2) controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ name: 'ExperimentAbortError' });
    expect(seen).toEqual([1, 2]);
  });
});

describe('bn-running-stats partial results', () => {
  it('run streams one partial result per finished batch size, each well formed and unchanged later', async () => {
    const partials: ExperimentResult[] = [];
    const final = await runExperiment(
      'bn-running-stats',
      { batches: 40 },
      {
        seed: 0,
        onPartial: (r) => partials.push(r),
      },
    );
    expect(partials).toHaveLength(7);
    const snapshot = JSON.stringify(partials[0]);
    for (const [k, partial] of partials.entries()) {
      expect(checkResult(partial)).toEqual([]);
      expect(partial.tables![0]!.rows).toHaveLength(k + 1);
    }
    expect(JSON.stringify(partials[0])).toBe(snapshot);
    expect(final.tables![0]!.rows).toHaveLength(8);
  });
});
