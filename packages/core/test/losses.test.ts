import { describe, expect, it } from 'vitest';
import {
  ArgumentError,
  accuracy,
  createRng,
  mseLoss,
  randn,
  ShapeError,
  softmaxCrossEntropy,
  tensor,
  Var,
} from '../src/index.js';
import { expectClose, expectGradOk } from './helpers.js';

describe('mseLoss', () => {
  it('mseLoss(pred, target) = mean of squared differences', () => {
    const loss = mseLoss(
      new Var(
        tensor([
          [1, 2],
          [3, 4],
        ]),
      ),
      tensor([
        [0, 2],
        [5, 4],
      ]),
    );
    expectClose(loss.value, [(1 + 0 + 4 + 0) / 4], 0, []);
  });

  it('mseLoss gradient passes gradcheck against a Var target too', () => {
    const rng = createRng(1);
    expectGradOk((p, t) => mseLoss(p, t), [randn([4, 2], rng), randn([4, 2], rng)]);
  });

  it('mseLoss names both shapes when they differ', () => {
    expect(() => mseLoss(new Var(tensor([1, 2])), tensor([[1, 2]]))).toThrow(
      'mseLoss: prediction [2] and target [1, 2] differ',
    );
  });
});

describe('softmaxCrossEntropy', () => {
  it('softmaxCrossEntropy(logits, labels) = -mean log softmax at the labels', () => {
    const z = [
      [1, 2, 3],
      [0.5, -1, 0],
    ];
    const ref = z.map((row, i) => {
      const lse = Math.log(row.reduce((a, b) => a + Math.exp(b), 0));
      return lse - row[[2, 0][i]!]!;
    });
    const loss = softmaxCrossEntropy(new Var(tensor(z)), [2, 0]);
    expectClose(loss.value, [(ref[0]! + ref[1]!) / 2], 1e-14, []);
  });

  it('softmaxCrossEntropy gradient is (softmax - onehot) / n and passes gradcheck', () => {
    const rng = createRng(2);
    const labels = Int32Array.from([0, 2, 1, 2]);
    expectGradOk((z) => softmaxCrossEntropy(z, labels), [randn([4, 3], rng, 0, 3)]);
    expectGradOk((z) => softmaxCrossEntropy(z, labels).mul(3), [randn([4, 3], rng)]);
  });

  it('softmaxCrossEntropy is finite for logits of 1e4', () => {
    const z = new Var(tensor([[1e4, 0, -1e4]]));
    const loss = softmaxCrossEntropy(z, [1]);
    expect(loss.value.item()).toBeCloseTo(1e4, 9);
    loss.backward();
    expectClose(z.grad!, [1, -1, 0], 1e-12);
  });

  it('softmaxCrossEntropy rejects bad labels and shapes', () => {
    const z = new Var(tensor([[1, 2]]));
    expect(() => softmaxCrossEntropy(z, [2])).toThrow(
      'softmaxCrossEntropy: label 2 at index 0 is not a class index in 0..1',
    );
    expect(() => softmaxCrossEntropy(z, [0.5])).toThrow(ArgumentError);
    expect(() => softmaxCrossEntropy(z, [0, 1])).toThrow(
      'softmaxCrossEntropy: 2 labels for logits of shape [1, 2]',
    );
    expect(() => softmaxCrossEntropy(new Var(tensor([1, 2])), [0])).toThrow(ShapeError);
  });
});

describe('accuracy', () => {
  it('accuracy(logits, labels) is the share of rows whose argmax is the label', () => {
    const z = tensor([
      [0.1, 0.9],
      [2, 1],
      [0, 5],
      [3, 3],
    ]);
    expect(accuracy(z, [1, 0, 0, 0])).toBe(0.75);
    expect(accuracy(new Var(z), [1, 0, 1, 1])).toBe(0.75);
    expect(accuracy(randn([0, 2], createRng(0)), [])).toBe(0);
  });
});
