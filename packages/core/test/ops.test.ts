import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ArgumentError,
  abs,
  add,
  broadcastShapes,
  broadcastTo,
  createRng,
  div,
  exp,
  log,
  logSoftmax,
  map,
  matmul,
  max,
  maximum,
  mean,
  mul,
  neg,
  ones,
  pow,
  randn,
  relu,
  reshape,
  ShapeError,
  sigmoid,
  sliceRows,
  softmax,
  sqrt,
  square,
  sub,
  sum,
  sumToShape,
  takeRows,
  tanh,
  tensor,
  toNested,
  transpose,
  variance,
} from '../src/index.js';
import { expectClose } from './helpers.js';

describe('broadcasting', () => {
  it('broadcastShapes aligns from the right and stretches 1s', () => {
    expect(broadcastShapes([2, 3], [3])).toEqual([2, 3]);
    expect(broadcastShapes([4, 1, 3], [2, 1])).toEqual([4, 2, 3]);
    expect(broadcastShapes([], [2, 2])).toEqual([2, 2]);
    expect(broadcastShapes([1], [0])).toEqual([0]);
  });

  it('broadcastShapes names the shapes and the dimension that clash', () => {
    expect(() => broadcastShapes([2, 3], [2])).toThrow(ShapeError);
    expect(() => add(tensor([[1, 2, 3]]), tensor([1, 2]))).toThrow(
      'add: shapes [1, 3] and [2] cannot be broadcast (dimension 1: 3 vs 2)',
    );
  });

  it('add(a, b) broadcasts a row, a column and a scalar', () => {
    const a = tensor([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expectClose(add(a, tensor([10, 20, 30])), [11, 22, 33, 14, 25, 36], 0, [2, 3]);
    expectClose(add(a, tensor([[100], [200]])), [101, 102, 103, 204, 205, 206], 0, [2, 3]);
    expectClose(add(a, 1), [2, 3, 4, 5, 6, 7], 0, [2, 3]);
    expectClose(add(2, a), [3, 4, 5, 6, 7, 8], 0, [2, 3]);
    expectClose(add(tensor([[1], [2]]), tensor([[10, 20]])), [11, 21, 12, 22], 0, [2, 2]);
    expectClose(add(tensor([5]), tensor([[1, 2]])), [6, 7], 0, [1, 2]);
  });

  it('broadcastTo(t, shape) repeats along new and size-1 axes', () => {
    expectClose(broadcastTo(tensor([1, 2]), [2, 2]), [1, 2, 1, 2], 0, [2, 2]);
    expect(() => broadcastTo(tensor([[1, 2]]), [2])).toThrow(
      'broadcastTo: [1, 2] cannot be broadcast to [2]',
    );
  });

  it('sumToShape(g, shape) reverses broadcasting', () => {
    const g = tensor([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expectClose(sumToShape(g, [3]), [5, 7, 9], 0, [3]);
    expectClose(sumToShape(g, [2, 1]), [6, 15], 0, [2, 1]);
    expectClose(sumToShape(g, []), [21], 0, []);
    expect(() => sumToShape(g, [4])).toThrow(ShapeError);
    expect(() => sumToShape(tensor([1]), [1, 1])).toThrow(ShapeError);
  });
});

describe('elementwise ops', () => {
  const x = tensor([-2, -0.5, 0, 0.5, 3]);
  it.each([
    ['neg', neg, (v: number) => -v],
    ['exp', exp, Math.exp],
    ['abs', abs, Math.abs],
    ['tanh', tanh, Math.tanh],
    ['relu', relu, (v: number) => Math.max(v, 0)],
    ['square', square, (v: number) => v * v],
    ['sigmoid', sigmoid, (v: number) => 1 / (1 + Math.exp(-v))],
  ])('%s(t) applies elementwise', (_, f, ref) => {
    expectClose(f(x), [...x.data].map(ref), 1e-15, [5]);
  });

  it('log and sqrt of positive values', () => {
    const p = tensor([0.5, 1, 4]);
    expectClose(log(p), [Math.log(0.5), 0, Math.log(4)], 1e-15);
    expectClose(sqrt(p), [Math.SQRT1_2, 1, 2], 1e-15);
    expectClose(
      map(p, (v) => v + 1),
      [1.5, 2, 5],
    );
  });

  it('sigmoid(t) does not overflow at large |t|', () => {
    expectClose(sigmoid(tensor([-1000, 1000])), [0, 1]);
  });

  it('sub, mul, div, pow, maximum with broadcasting', () => {
    const a = tensor([
      [1, 2],
      [3, 4],
    ]);
    const b = tensor([2, 4]);
    expectClose(sub(a, b), [-1, -2, 1, 0]);
    expectClose(mul(a, b), [2, 8, 6, 16]);
    expectClose(div(a, b), [0.5, 0.5, 1.5, 1]);
    expectClose(pow(a, 2), [1, 4, 9, 16]);
    expectClose(maximum(a, 2.5), [2.5, 2.5, 3, 4]);
  });
});

describe('matmul', () => {
  it('matmul(a, b) of 2-D matrices', () => {
    const a = tensor([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const b = tensor([
      [7, 8],
      [9, 10],
      [11, 12],
    ]);
    expectClose(matmul(a, b), [58, 64, 139, 154], 0, [2, 2]);
  });

  it('matmul(a, b) equals the textbook triple loop for every inner size 1..9', () => {
    const rng = createRng(12);
    for (let k = 1; k <= 9; k++) {
      const a = randn([3, k], rng);
      const b = randn([k, 5], rng);
      const ref: number[] = [];
      for (let i = 0; i < 3; i++) {
        for (let j = 0; j < 5; j++) {
          let s = 0;
          for (let p = 0; p < k; p++) s += a.data[i * k + p]! * b.data[p * 5 + j]!;
          ref.push(s);
        }
      }
      expectClose(matmul(a, b), ref, 1e-12, [3, 5]);
    }
  });

  it('matmul(a, b) batched with broadcast batch dimensions', () => {
    const rng = createRng(11);
    const a = randn([2, 3, 4], rng);
    const b = randn([4, 5], rng);
    const c = matmul(a, reshape(b, [1, 4, 5]));
    expect(c.shape).toEqual([2, 3, 5]);
    for (let t = 0; t < 2; t++) {
      const at = reshape(sliceRows(a, t, t + 1), [3, 4]);
      expectClose(sliceRows(c, t, t + 1), matmul(at, b).data, 1e-12);
    }
    expect(matmul(randn([3, 1, 2, 2], rng), randn([4, 2, 2], rng)).shape).toEqual([3, 4, 2, 2]);
  });

  it('matmul names the op and both shapes when inner dimensions differ', () => {
    expect(() => matmul(ones([3, 4]), ones([5, 2]))).toThrow(
      'matmul: inner dimensions differ: [3, 4] x [5, 2]',
    );
    expect(() => matmul(tensor([1, 2]), tensor([[1], [2]]))).toThrow(
      'matmul: both operands need at least 2 dimensions: [2] x [2, 1]',
    );
    expect(() => matmul(randn([2, 2, 2], createRng(0)), randn([3, 2, 2], createRng(0)))).toThrow(
      'matmul: batch dimensions do not broadcast: [2, 2, 2] x [3, 2, 2]',
    );
  });

  it('property: (A B) C = A (B C) up to rounding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        (seed, n, m) => {
          const rng = createRng(seed);
          const a = randn([n, m], rng);
          const b = randn([m, n + 1], rng);
          const c = randn([n + 1, 3], rng);
          expectClose(matmul(matmul(a, b), c), matmul(a, matmul(b, c)).data, 1e-9);
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });

  it('property: (A B)^T = B^T A^T', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const rng = createRng(seed);
        const a = randn([3, 4], rng);
        const b = randn([4, 2], rng);
        expectClose(transpose(matmul(a, b)), matmul(transpose(b), transpose(a)).data, 1e-12);
      }),
      { seed: 7, numRuns: 30 },
    );
  });
});

describe('reductions', () => {
  const t = tensor([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  it('sum(t, axis, keepDims) along each axis and over all', () => {
    expectClose(sum(t), [21], 0, []);
    expectClose(sum(t, 0), [5, 7, 9], 0, [3]);
    expectClose(sum(t, 1), [6, 15], 0, [2]);
    expectClose(sum(t, -1, true), [6, 15], 0, [2, 1]);
    expectClose(sum(t, [0, 1], true), [21], 0, [1, 1]);
    expectClose(sum(t, []), [1, 2, 3, 4, 5, 6], 0, [2, 3]);
  });

  it('mean(t, axis, keepDims)', () => {
    expectClose(mean(t), [3.5], 0, []);
    expectClose(mean(t, 0), [2.5, 3.5, 4.5], 0, [3]);
    expectClose(mean(t, 1, true), [2, 5], 0, [2, 1]);
    expect(() => mean(tensor([]))).toThrow('mean: cannot average over an empty axis of [0]');
  });

  it('max(t, axis, keepDims)', () => {
    expectClose(max(t), [6], 0, []);
    expectClose(max(t, 0), [4, 5, 6], 0, [3]);
    expectClose(max(tensor([[3, -1, 7]]), 1, true), [7], 0, [1, 1]);
    expect(Number.isNaN(max(tensor([1, Number.NaN, 2])).item())).toBe(true);
    expect(() => max(tensor([]))).toThrow('max: cannot take the maximum over an empty axis of [0]');
  });

  it('reductions reject non-integer, repeated and out-of-range axes', () => {
    expect(() => sum(t, 2)).toThrow(
      'sum: axis 2 is out of range for a tensor with 2 dimension(s); allowed -2..1',
    );
    expect(() => sum(t, 0.5)).toThrow('sum: axis must be an integer, got 0.5');
    expect(() => mean(t, [0, -2])).toThrow('mean: axis list [0, -2] repeats an axis');
    expect(() => max(t, 3)).toThrow(ArgumentError);
  });

  it('variance(t, { correction }) gives biased and unbiased variance', () => {
    const v = tensor([2, 4, 4, 4, 5, 5, 7, 9]);
    expectClose(variance(v), [4], 1e-15, []);
    expectClose(variance(v, { correction: 1 }), [32 / 7], 1e-15);
    expectClose(variance(t, { axis: 0 }), [2.25, 2.25, 2.25]);
    expectClose(variance(t, { axis: 1, keepDims: true, correction: 1 }), [1, 1], 1e-15, [2, 1]);
  });

  it('variance(t) stays accurate for values 1e9 + small noise (two-pass)', () => {
    const v = tensor([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
    expectClose(variance(v), [22.5], 1e-12);
  });

  it('variance rejects bad corrections', () => {
    expect(() => variance(tensor([1]), { correction: 1 })).toThrow(
      'variance: 1 value(s) per output with correction 1 leaves no degrees of freedom (shape [1])',
    );
    expect(() => variance(tensor([1, 2]), { correction: -1 })).toThrow(ArgumentError);
  });
});

describe('softmax', () => {
  it('softmax(t) along the last axis matches exp / sum exp', () => {
    const s = softmax(tensor([[1, 2, 3]]));
    const e = [1, 2, 3].map(Math.exp);
    const z = e[0]! + e[1]! + e[2]!;
    expectClose(
      s,
      e.map((v) => v / z),
      1e-15,
      [1, 3],
    );
    expectClose(
      logSoftmax(tensor([[1, 2, 3]])),
      e.map((v) => Math.log(v / z)),
      1e-14,
    );
  });

  it('softmax(t, 0) works along the first axis and is stable for huge logits', () => {
    expectClose(softmax(tensor([[1000], [1000]]), 0), [0.5, 0.5], 0, [2, 1]);
    expectClose(logSoftmax(tensor([1000, 0])), [0, -1000], 1e-15);
  });

  it('property: softmax rows are positive and sum to 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (row) => {
          const s = softmax(tensor([row, row.map((v) => -v)]));
          for (const r of [0, 1]) {
            const part = s.data.subarray(r * row.length, (r + 1) * row.length);
            expect(Math.abs(part.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
            for (const v of part) expect(v).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { seed: 3, numRuns: 100 },
    );
  });
});

describe('reshape, transpose, slicing', () => {
  const t = tensor([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  it('reshape(t, shape) keeps row-major order and infers -1', () => {
    expectClose(reshape(t, [3, 2]), [1, 2, 3, 4, 5, 6], 0, [3, 2]);
    expect(reshape(t, [-1]).shape).toEqual([6]);
    expect(reshape(t, [1, -1, 2]).shape).toEqual([1, 3, 2]);
    expect(() => reshape(t, [4, 2])).toThrow(
      'reshape: cannot reshape [2, 3] (6 elements) into [4, 2]',
    );
    expect(() => reshape(t, [-1, 4])).toThrow(ShapeError);
    expect(() => reshape(t, [-1, -1])).toThrow(ArgumentError);
  });

  it('transpose(t) reverses axes and transpose(t, perm) permutes', () => {
    expect(toNested(transpose(t))).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    const u = reshape(tensor(Array.from({ length: 24 }, (_, i) => i)), [2, 3, 4]);
    const p = transpose(u, [1, 2, 0]);
    expect(p.shape).toEqual([3, 4, 2]);
    expect(p.get(2, 1, 1)).toBe(u.get(1, 2, 1));
    expect(transpose(u).get(3, 2, 1)).toBe(u.get(1, 2, 3));
    expect(() => transpose(u, [0, 1])).toThrow(
      'transpose: permutation [0, 1] does not match shape [2, 3, 4]',
    );
    expect(() => transpose(u, [0, 0, 1])).toThrow(ArgumentError);
  });

  it('sliceRows(t, start, end) copies rows; negative bounds count from the end', () => {
    expectClose(sliceRows(t, 1, 2), [4, 5, 6], 0, [1, 3]);
    expectClose(sliceRows(t, -1), [4, 5, 6], 0, [1, 3]);
    expect(sliceRows(t, 1, 1).shape).toEqual([0, 3]);
    expect(() => sliceRows(t, 0, 3)).toThrow(
      'sliceRows: range 0..3 is invalid for [2, 3]; need 0 <= start <= end <= 2',
    );
    expect(() => sliceRows(tensor(1), 0, 1)).toThrow(ArgumentError);
    expect(() => sliceRows(t, 0.5, 1)).toThrow(ArgumentError);
  });

  it('takeRows(t, indices) gathers rows', () => {
    expectClose(takeRows(t, [1, 0, 1]), [4, 5, 6, 1, 2, 3, 4, 5, 6], 0, [3, 3]);
    expect(() => takeRows(t, [2])).toThrow('takeRows: row index 2 is out of range for [2, 3]');
    expect(() => takeRows(tensor(1), [0])).toThrow(ArgumentError);
  });
});
