import { describe, expect, it } from 'vitest';
import { batchNorm, createRunningStats, updateRunningStats } from '../src/index.js';
import { expectClose } from './fixture.js';

const batches = [
  [1, 2, 3, 4, 5, 6],
  [0, -1, 4, 2, 8, 0],
  [3, 3, 1, 7, 2, 5],
].map((b) => Float64Array.from(b));

describe('createRunningStats(C)', () => {
  it('starts at mean 0, variance 1, no batches', () => {
    const s = createRunningStats(3);
    expect(Array.from(s.mean)).toEqual([0, 0, 0]);
    expect(Array.from(s.variance)).toEqual([1, 1, 1]);
    expect(s.numBatchesTracked).toBe(0);
  });
});

describe('updateRunningStats via batchNorm', () => {
  it('momentum null is the plain average of the batch means and unbiased variances', () => {
    const s = createRunningStats(2);
    const means: number[][] = [];
    const vars: number[][] = [];
    for (const x of batches) {
      const r = batchNorm(x, [3, 2], {
        momentum: null,
        runningMean: s.mean,
        runningVar: s.variance,
        numBatchesTracked: s.numBatchesTracked,
      });
      s.numBatchesTracked = r.numBatchesTracked;
      means.push(Array.from(r.mean));
      vars.push(Array.from(r.variance, (v) => (v * 3) / 2));
    }
    const avg = (rows: number[][], j: number) => rows.reduce((a, r) => a + r[j]!, 0) / rows.length;
    expectClose(s.mean, [avg(means, 0), avg(means, 1)], 1e-14, 'mean');
    expectClose(s.variance, [avg(vars, 0), avg(vars, 1)], 1e-14, 'variance');
    expect(s.numBatchesTracked).toBe(3);
  });

  it('momentum 0 keeps the running stats, momentum 1 replaces them with the last batch', () => {
    const keep = createRunningStats(2);
    batchNorm(batches[0]!, [3, 2], {
      momentum: 0,
      runningMean: keep.mean,
      runningVar: keep.variance,
    });
    expect(Array.from(keep.mean)).toEqual([0, 0]);
    expect(Array.from(keep.variance)).toEqual([1, 1]);
    const replace = createRunningStats(2);
    const r = batchNorm(batches[1]!, [3, 2], {
      momentum: 1,
      runningMean: replace.mean,
      runningVar: replace.variance,
    });
    expect(Array.from(replace.mean)).toEqual(Array.from(r.mean));
    expectClose(
      replace.variance,
      Array.from(r.variance, (v) => (v * 3) / 2),
      1e-15,
      'variance',
    );
  });

  it('eval mode neither changes the running stats nor counts the batch', () => {
    const s = createRunningStats(2);
    s.mean.set([1, 2]);
    const r = batchNorm(batches[0]!, [3, 2], {
      training: false,
      runningMean: s.mean,
      runningVar: s.variance,
      numBatchesTracked: 5,
    });
    expect(Array.from(s.mean)).toEqual([1, 2]);
    expect(Array.from(s.variance)).toEqual([1, 1]);
    expect(r.numBatchesTracked).toBe(5);
    expect(r.batchStatistics).toBe(false);
  });

  it('returns the incremented count and accepts Float32Array buffers', () => {
    const mean = new Float32Array(1);
    const variance = new Float32Array([1]);
    const count = updateRunningStats(
      mean,
      variance,
      Float64Array.of(2),
      Float64Array.of(3),
      4,
      0.5,
      7,
    );
    expect(count).toBe(8);
    expect(mean[0]).toBe(1);
    expect(variance[0]).toBe(0.5 + 0.5 * 4);
  });
});
