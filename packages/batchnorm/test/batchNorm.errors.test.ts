import { describe, expect, it } from 'vitest';
import { BatchNormError, batchNorm, createRunningStats, updateRunningStats } from '../src/index.js';

const x = Float64Array.from({ length: 12 }, (_, i) => i * 0.5 - 2);

describe('batchNorm(x, shape, options) rejects bad input with a message naming it', () => {
  it.each([
    ['gamma length != C', { gamma: [1, 2] }, /gamma has length 2 but the input has C = 3 channels/],
    ['beta length != C', { beta: [0, 0, 0, 0] }, /beta has length 4 but the input has C = 3/],
    [
      'runningMean length != C',
      { runningMean: new Float64Array(2), runningVar: new Float64Array(3) },
      /runningMean has length 2 but the input has C = 3/,
    ],
    [
      'runningVar length != C',
      { runningMean: new Float64Array(3), runningVar: new Float64Array(5) },
      /runningVar has length 5 but the input has C = 3/,
    ],
    ['eps = 0', { eps: 0 }, /eps must be a finite number > 0, got 0/],
    ['eps < 0', { eps: -1e-5 }, /eps must be a finite number > 0, got -0.00001/],
    ['eps NaN', { eps: Number.NaN }, /eps must be a finite number > 0, got NaN/],
    ['momentum > 1', { momentum: 1.5 }, /momentum must be in \[0, 1\], or null .* got 1.5/],
    ['momentum < 0', { momentum: -0.1 }, /momentum must be in \[0, 1\], or null .* got -0.1/],
    [
      'only one running stat',
      { runningMean: new Float64Array(3) },
      /give both runningMean and runningVar, or neither/,
    ],
    [
      'eval without running stats',
      { training: false },
      /eval mode \(training: false\) needs runningMean/,
    ],
    [
      'out of the wrong length',
      { out: new Float64Array(5) },
      /out has length 5 but the input has 12/,
    ],
  ] as const)('%s', (_what, options, message) => {
    const call = () => batchNorm(x, [4, 3], options as Parameters<typeof batchNorm>[2]);
    expect(call).toThrow(BatchNormError);
    expect(call).toThrow(message);
  });

  it('rejects fewer than 2 dimensions', () => {
    expect(() => batchNorm(x, [12])).toThrow(
      'batchNorm: input needs at least 2 dimensions [N, C, ...spatial], got shape [12]',
    );
  });

  it('rejects a shape that does not match the data length', () => {
    expect(() => batchNorm(x, [5, 3])).toThrow(
      'batchNorm: shape [5, 3] holds 15 values but the data has 12',
    );
  });

  it('rejects training with one value per channel, as PyTorch does', () => {
    expect(() => batchNorm(x.subarray(0, 3), [1, 3])).toThrow(
      'batchNorm: expected more than 1 value per channel when training, got input shape [1, 3]',
    );
    // one sample is fine in eval mode, and in training when there are spatial positions
    const stats = createRunningStats(3);
    expect(
      batchNorm(x.subarray(0, 3), [1, 3], {
        training: false,
        runningMean: stats.mean,
        runningVar: stats.variance,
      }).output,
    ).toHaveLength(3);
    expect(batchNorm(x, [1, 3, 4]).output).toHaveLength(12);
  });

  it('rejects the input array as its own out buffer', () => {
    const y = Float64Array.from(x);
    expect(() => batchNorm(y, [4, 3], { out: y })).toThrow(/out must not be the input array/);
  });

  it('rejects dy of the wrong length in the backward', () => {
    const r = batchNorm(x, [4, 3]);
    expect(() => r.backward(new Float64Array(11))).toThrow(
      'batchNorm backward: dy has length 11 but the input has 12',
    );
  });

  it('updateRunningStats rejects momentum outside [0, 1]', () => {
    const s = createRunningStats(1);
    expect(() =>
      updateRunningStats(s.mean, s.variance, new Float64Array(1), new Float64Array(1), 4, 2, 0),
    ).toThrow(/momentum must be in \[0, 1\]/);
  });
});

describe('batchNorm with a NaN in one channel', () => {
  it('turns only that channel NaN, forward and backward', () => {
    const bad = Float64Array.from(x);
    bad[4] = Number.NaN; // row 1, channel 1
    const clean = batchNorm(x, [4, 3], { gamma: [1, 2, 3], beta: [0, 1, 2] });
    const r = batchNorm(bad, [4, 3], { gamma: [1, 2, 3], beta: [0, 1, 2] });
    const dy = Float64Array.from({ length: 12 }, (_, i) => Math.cos(i));
    const g = r.backward(dy);
    const gClean = clean.backward(dy);
    for (let i = 0; i < 12; i++) {
      if (i % 3 === 1) {
        expect(r.output[i]).toBeNaN();
        expect(g.dx[i]).toBeNaN();
      } else {
        expect(r.output[i]).toBe(clean.output[i]);
        expect(g.dx[i]).toBe(gClean.dx[i]);
      }
    }
    expect(Array.from(r.mean).map(Number.isNaN)).toEqual([false, true, false]);
    expect(Array.from(g.dgamma).map(Number.isNaN)).toEqual([false, true, false]);
    expect(g.dbeta[1]).toBe(gClean.dbeta[1]); // dbeta = sum(dy) does not read x
  });

  it('leaves the other channels of the running statistics untouched by the NaN', () => {
    const bad = Float64Array.from(x);
    bad[2] = Number.NaN; // channel 2
    const s = createRunningStats(3);
    batchNorm(bad, [4, 3], { runningMean: s.mean, runningVar: s.variance });
    expect(Array.from(s.mean).map(Number.isNaN)).toEqual([false, false, true]);
    expect(Array.from(s.variance).map(Number.isNaN)).toEqual([false, false, true]);
  });
});
