import { describe, expect, it, vi } from 'vitest';
import { codeStep, dictionaryStep, objective } from '../../src/experiments/sparse-coding/steps.js';
import { getExperiment, runExperiment } from '../../src/index.js';

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

describe('sparse-coding block steps', () => {
  // d = 3 features, k = 2 atoms, n = 4 examples, row-major as in the experiment
  const d = 3;
  const k = 2;
  const n = 4;
  const X = Float64Array.from([1, -2, 0.5, 3, 0.2, 1, -1, 2, -0.7, 0.4, 2, -1]);
  const W = Float64Array.from([1, 0.5, -0.3, -0.2, 1.2, 0.8]);

  it('codeStep solves each column: 2 W (W^T h - x) + lambda sign(h) = 0, |.| <= lambda at zeros', () => {
    const lambda = 0.7;
    const H = new Float64Array(k * n);
    codeStep(X, W, H, d, k, n, lambda);
    for (let j = 0; j < n; j++) {
      for (let a = 0; a < k; a++) {
        let g = 0;
        for (let i = 0; i < d; i++) {
          let r = -X[i * n + j]!;
          for (let b = 0; b < k; b++) r += W[b * d + i]! * H[b * n + j]!;
          g += 2 * W[a * d + i]! * r;
        }
        const h = H[a * n + j]!;
        if (h === 0) expect(Math.abs(g)).toBeLessThanOrEqual(lambda + 1e-7);
        else expect(g + lambda * Math.sign(h)).toBeCloseTo(0, 6);
      }
    }
    expect(H.some((h) => h === 0)).toBe(true);
  });

  it('dictionaryStep is the least-squares W: the gradient of ||X - W^T H||^2 in W vanishes', () => {
    const H = Float64Array.from([1, 0, 2, -1, 0.5, 1, 0, 1]);
    const w = Float64Array.from(W);
    dictionaryStep(X, w, H, d, k, n);
    const before = objective(X, W, H, d, k, n, 0).sq;
    const after = objective(X, w, H, d, k, n, 0).sq;
    expect(after).toBeLessThanOrEqual(before);
    for (let a = 0; a < k; a++) {
      for (let i = 0; i < d; i++) {
        let g = 0;
        for (let j = 0; j < n; j++) {
          let r = -X[i * n + j]!;
          for (let b = 0; b < k; b++) r += w[b * d + i]! * H[b * n + j]!;
          g += 2 * H[a * n + j]! * r;
        }
        expect(g).toBeCloseTo(0, 10);
      }
    }
  });
});

describe('sparse-coding with fewer examples than atoms', () => {
  it('run with 2 examples and 6 atoms (singular H H^T) still completes and never increases J', async () => {
    const r = await runExperiment('sparse-coding', { examples: 2 }, { seed: 1 });
    expect(r.metrics.maxRelativeIncrease).toBeLessThanOrEqual(1e-9);
  });
});

describe('sparse-coding summary and finding', () => {
  it('run at the defaults: the summary claims no more sparsity than the finding reports', async () => {
    const r = await runExperiment('sparse-coding', {}, { seed: 1 });
    const exp = getExperiment('sparse-coding');
    expect(r.metrics.sparsity).toBeLessThan(0.5);
    expect(exp.summary).not.toContain('most codes');
    expect(exp.finding(r)).toContain('(the data were made with 66.7% zeros)');
  });
});
