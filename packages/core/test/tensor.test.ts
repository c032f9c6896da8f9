import { describe, expect, it } from 'vitest';
import {
  ArgumentError,
  arange,
  createRng,
  eye,
  fromArray,
  full,
  linspace,
  ones,
  rand,
  randn,
  ShapeError,
  Tensor,
  tensor,
  toNested,
  zeros,
} from '../src/index.js';

describe('Tensor creation', () => {
  it('tensor(nested) infers the shape and stores row-major', () => {
    const t = tensor([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(t.shape).toEqual([2, 3]);
    expect(t.size).toBe(6);
    expect(t.ndim).toBe(2);
    expect([...t.data]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(t.get(1, 0)).toBe(4);
    expect(t.get(-1, -1)).toBe(6);
  });

  it('tensor(number) is a scalar of shape [] and item() returns it', () => {
    const t = tensor(2.5);
    expect(t.shape).toEqual([]);
    expect(t.item()).toBe(2.5);
  });

  it('tensor(values, shape) reshapes the values', () => {
    expect(tensor([1, 2, 3, 4], [2, 2]).shape).toEqual([2, 2]);
    expect(() => tensor([1, 2, 3], [2, 2])).toThrow('tensor: 3 values cannot fill shape [2, 2]');
  });

  it('tensor(ragged) throws ShapeError', () => {
    expect(() => tensor([[1, 2], [3]])).toThrow(ShapeError);
    expect(() => tensor([[1, 2], 3] as never)).toThrow(/ragged/);
  });

  it('fromArray(data, shape) copies the data', () => {
    const src = [1, 2, 3, 4];
    const t = fromArray(src, [2, 2]);
    src[0] = 9;
    expect(t.data[0]).toBe(1);
    expect(() => fromArray([1, 2], [3])).toThrow('fromArray: 2 values cannot fill shape [3]');
  });

  it('zeros, ones, full fill the shape', () => {
    expect([...zeros([2, 2]).data]).toEqual([0, 0, 0, 0]);
    expect([...ones([3]).data]).toEqual([1, 1, 1]);
    expect([...full([2], 7).data]).toEqual([7, 7]);
    expect(zeros([0, 3]).size).toBe(0);
  });

  it('zeros rejects negative and non-integer sizes with ArgumentError', () => {
    expect(() => zeros([2, -1])).toThrow(ArgumentError);
    expect(() => zeros([2, -1])).toThrow(
      'zeros: shape [2, -1] has an invalid dimension -1; dimensions must be non-negative integers',
    );
    expect(() => ones([1.5])).toThrow(/ones: shape \[1.5\]/);
  });

  it('arange(start, stop, step) matches NumPy', () => {
    expect([...arange(4).data]).toEqual([0, 1, 2, 3]);
    expect([...arange(1, 2, 0.25).data]).toEqual([1, 1.25, 1.5, 1.75]);
    expect([...arange(3, 0, -1).data]).toEqual([3, 2, 1]);
    expect(arange(2, 1).size).toBe(0);
    expect(() => arange(0, 1, 0)).toThrow('arange: step must be a non-zero finite number, got 0');
  });

  it('linspace(a, b, n) includes both ends', () => {
    expect([...linspace(0, 1, 5).data]).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect([...linspace(3, 9, 1).data]).toEqual([3]);
    expect(() => linspace(0, 1, -2)).toThrow(ArgumentError);
  });

  it('eye(n) is the identity', () => {
    expect(toNested(eye(3))).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    expect(() => eye(-1)).toThrow('eye: n must be a non-negative integer, got -1');
  });

  it('rand and randn draw from the seeded generator reproducibly', () => {
    const a = randn([2, 3], createRng(4), 1, 2);
    const b = randn([2, 3], createRng(4), 1, 2);
    expect([...a.data]).toEqual([...b.data]);
    const u = rand([1000], createRng(4), 2, 3);
    expect(Math.min(...u.data)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...u.data)).toBeLessThan(3);
  });

  it('new Tensor(data, shape) checks the element count', () => {
    expect(() => new Tensor(new Float64Array(3), [2, 2])).toThrow(
      'Tensor: data has 3 elements but shape [2, 2] needs 4',
    );
  });

  it('item(), get() and clone() behave', () => {
    const t = tensor([1, 2]);
    expect(() => t.item()).toThrow('item: tensor of shape [2] has 2 elements, expected 1');
    expect(() => t.get(0, 0)).toThrow(ArgumentError);
    expect(() => t.get(2)).toThrow('get: index 2 is out of range for dimension 0 of size 2');
    const c = t.clone();
    c.data[0] = 5;
    expect(t.data[0]).toBe(1);
    expect(String(t)).toBe('Tensor([2])');
  });

  it('toNested(t) inverts tensor(nested)', () => {
    const nested = [
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
    ];
    expect(toNested(tensor(nested))).toEqual(nested);
    expect(toNested(tensor(3))).toBe(3);
    expect(toNested(zeros([2, 0]))).toEqual([[], []]);
  });
});
