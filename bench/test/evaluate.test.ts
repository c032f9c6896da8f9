import { describe, expect, it } from 'vitest';
import { speedup, value, verdicts } from '../src/harness/evaluate.js';
import type { Row } from '../src/harness/row.js';
import { summarize } from '../src/harness/sample.js';

const sample = (median: number) => ({ median, min: median, max: median, runs: 15 });

describe('summarize', () => {
  it('summarize(odd count) gives the middle value, min and max', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
  });

  it('summarize(even count) gives the mean of the two middle values', () => {
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('summarize([]) throws', () => {
    expect(() => summarize([])).toThrow(/no timings/);
  });
});

describe('verdicts', () => {
  const row: Row = {
    family: 'kernels',
    id: 'x',
    name: 'x',
    unit: 'ms',
    dl8: sample(10),
    anchors: [{ name: 'tfjs-wasm', sample: sample(40) }],
    targets: [
      { label: '<= 15 ms', of: 'value', op: '<=', value: 15 },
      { label: '>= 5x tfjs-wasm', of: 'tfjs-wasm', op: '>=', value: 5 },
      { label: '>= 40x tfjs-cpu', of: 'tfjs-cpu', op: '>=', value: 40 },
      { label: 'alloc', of: 'allocation', op: '<=', value: 100 },
    ],
    extra: { allocatedBytesPerCall: 64 },
  };

  it('speedup(row, anchor) is the anchor median over the dl8 median', () => {
    expect(speedup(row, 'tfjs-wasm')).toBe(4);
    expect(speedup(row, 'tfjs-cpu')).toBeNull();
  });

  it('verdicts(row) meets, misses, or cannot judge a target without its anchor', () => {
    expect(verdicts(row).map((v) => [v.actual, v.met])).toEqual([
      [10, true],
      [4, false],
      [null, null],
      [64, true],
    ]);
  });

  it('value(row) turns ms into GFLOP/s and steps/s', () => {
    expect(value({ ...row, unit: 'GFLOP/s', work: 2e9, dl8: sample(1000) })).toBe(2);
    expect(value({ ...row, unit: 'steps/s', work: 1, dl8: sample(250) })).toBe(4);
  });
});
