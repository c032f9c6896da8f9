import { describe, expect, it } from 'vitest';
import {
  checkpoint,
  checkResult,
  defineExperiment,
  ExperimentAbortError,
  ExperimentRunError,
  experimentIds,
  experiments,
  getExperiment,
  InvalidParamsError,
  runExperiment,
  UnknownExperimentError,
} from '../src/index.js';

// A tiny experiment of this package's own API, to exercise runExperiment's error paths.
const squares = defineExperiment({
  id: 'squares',
  title: 'Squares',
  section: '0',
  summary: 'n squares',
  heavy: true,
  params: {
    n: { kind: 'integer', label: 'n', help: 'how many', default: 3, min: 1, max: 1000 },
    fail: { kind: 'boolean', label: 'fail', help: 'throw inside run', default: false },
    broken: { kind: 'boolean', label: 'broken', help: 'return NaN metric', default: false },
  },
  async run(p, ctx) {
    const ys: number[] = [];
    for (let i = 0; i < p.n; i++) {
      await checkpoint(ctx, 'squares');
      if (p.fail && i === 1) throw new RangeError('boom at 1');
      ys.push(i * i);
      ctx.onProgress?.(i + 1, p.n);
    }
    return {
      charts: [
        { type: 'line', title: 'squares', series: [{ name: 'y', x: ys.map((_, i) => i), y: ys }] },
      ],
      metrics: { last: p.broken ? Number.NaN : ys[ys.length - 1]! },
    };
  },
  finding: (r) => `last square ${r.metrics.last}`,
});

describe('runExperiment(experiment, params, ctx)', () => {
  it('runExperiment fills defaults and reports progress', async () => {
    const progress: number[] = [];
    const r = await runExperiment(squares, {}, { seed: 1, onProgress: (d) => progress.push(d) });
    expect(r.metrics.last).toBe(4);
    expect(progress).toEqual([1, 2, 3]);
  });

  it('runExperiment throws InvalidParamsError listing every problem', async () => {
    const err = await runExperiment(squares, { n: 0, fail: 3 }, { seed: 1 }).catch((e) => e);
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect(err.errors).toHaveLength(2);
    expect(err.message).toContain('n: 0 is below the minimum 1');
  });

  it('runExperiment wraps a failure inside run in ExperimentRunError with the cause', async () => {
    const err = await runExperiment(squares, { fail: true }, { seed: 1 }).catch((e) => e);
    expect(err).toBeInstanceOf(ExperimentRunError);
    expect(err.message).toBe('squares: run failed: boom at 1');
    expect(err.cause).toBeInstanceOf(RangeError);
  });

  it('runExperiment rejects a result with a non-finite metric', async () => {
    const err = await runExperiment(squares, { broken: true }, { seed: 1 }).catch((e) => e);
    expect(err).toBeInstanceOf(ExperimentRunError);
    expect(err.message).toContain('metric last is not a finite number (NaN)');
  });

  it('runExperiment stops promptly with ExperimentAbortError when the signal aborts', async () => {
    const controller = new AbortController();
    let last = 0;
    const run = runExperiment(
      squares,
      { n: 1000 },
      {
        seed: 1,
        signal: controller.signal,
        onProgress: (done) => {
          last = done;
          if (done === 5) controller.abort();
        },
      },
    );
    await expect(run).rejects.toBeInstanceOf(ExperimentAbortError);
    expect(last).toBe(5);
  });

  it('runExperiment with an already aborted signal does not start', async () => {
    const controller = new AbortController();
    controller.abort();
    let started = false;
    const run = runExperiment(
      squares,
      {},
      { seed: 1, signal: controller.signal, onProgress: () => (started = true) },
    );
    await expect(run).rejects.toBeInstanceOf(ExperimentAbortError);
    expect(started).toBe(false);
  });

  it('runExperiment by an unknown id rejects with UnknownExperimentError', async () => {
    await expect(runExperiment('no-such-thing', {}, { seed: 1 })).rejects.toBeInstanceOf(
      UnknownExperimentError,
    );
  });
});

describe('getExperiment(id)', () => {
  it('getExperiment returns each registered experiment by its id', () => {
    for (const e of experiments) expect(getExperiment(e.id)).toBe(e);
    expect(experimentIds).toEqual(experiments.map((e) => e.id));
  });

  it('getExperiment throws UnknownExperimentError naming the known ids', () => {
    const err = (() => {
      try {
        getExperiment('nope');
      } catch (e) {
        return e;
      }
    })() as UnknownExperimentError;
    expect(err).toBeInstanceOf(UnknownExperimentError);
    expect(err.message).toContain(`known: ${experimentIds.join(', ')}`);
    expect(err.knownIds).toEqual(experimentIds);
  });
});

describe('checkResult(result)', () => {
  it('checkResult names a non-finite number inside a chart', () => {
    const problems = checkResult({
      charts: [
        { type: 'line', title: 't', series: [{ name: 's', x: [0, 1], y: [1, Number.NaN] }] },
      ],
      metrics: {},
    });
    expect(problems).toEqual([
      'non-finite numbers (not JSON-safe): charts[0].series[0].y[1] = NaN',
    ]);
  });

  it('checkResult accepts a sound result and rejects a missing charts array', () => {
    expect(checkResult({ charts: [], metrics: { a: 1 } })).toEqual([]);
    expect(checkResult({ metrics: {} })).toEqual(['charts is not an array']);
    expect(checkResult(null)).toEqual(['result is not an object']);
  });
});

describe('runExperiment -0 handling', () => {
  it('runExperiment turns every -0 of a result into 0, so JSON gives it back unchanged', async () => {
    const zeros = defineExperiment({
      id: 'zeros',
      title: 'Zeros',
      section: '0',
      summary: 'signed zeros',
      heavy: false,
      params: {},
      run: () => ({
        charts: [{ type: 'line', title: 'z', series: [{ name: 's', x: [-0, 1], y: [0, -0] }] }],
        metrics: { z: -0 },
      }),
      finding: () => 'none 0.',
    });
    const r = await runExperiment(zeros, {}, { seed: 0 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(Object.is(r.metrics.z, 0)).toBe(true);
  });
});
