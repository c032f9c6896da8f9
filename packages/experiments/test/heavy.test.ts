import { describe, expect, it, vi } from 'vitest';
import { ExperimentAbortError, experiments, runExperiment } from '../src/index.js';

vi.setConfig({ testTimeout: 60_000 });

// Every heavy experiment reports progress and stops soon after its signal is aborted.
describe.each(experiments.filter((e) => e.heavy).map((e) => [e.id, e] as const))('%s', (_id, e) => {
  it('run aborted at its first progress report stops promptly with ExperimentAbortError', async () => {
    const controller = new AbortController();
    const seen: [number, number][] = [];
    const run = runExperiment(
      e,
      {},
      {
        seed: 0,
        signal: controller.signal,
        onProgress: (done, total) => {
          seen.push([done, total]);
          controller.abort();
        },
      },
    );
    await expect(run).rejects.toBeInstanceOf(ExperimentAbortError);
    expect(seen.length).toBeGreaterThanOrEqual(1);
    // prompt: at most a few more units of work after the abort
    expect(seen.length).toBeLessThanOrEqual(5);
    const [done, total] = seen[0]!;
    expect(done).toBe(1);
    expect(total).toBeGreaterThan(1);
  });

  it('run reports progress 1..total in order, ending at total', async () => {
    const seen: [number, number][] = [];
    await runExperiment(e, {}, { seed: 0, onProgress: (done, total) => seen.push([done, total]) });
    const total = seen[0]![1];
    expect(seen.map(([d]) => d)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(seen.every(([, t]) => t === total)).toBe(true);
  });
});
