import { createRng, Linear, mseLoss, ReLU, Sequential, Tensor, Var } from '@dl8/core';
import { describe, expect, it } from 'vitest';
import { adam, sgd, trainModule } from '../src/index.js';

describe('trainModule(optimizer, module) with @dl8/core modules', () => {
  it('updates every parameter in place by value.data -= lr * grad.data (SGD)', () => {
    const net = new Linear(3, 2, { rng: createRng(1) });
    const before = net.parameters().map((p) => Array.from(p.value.data));
    const trainer = trainModule(sgd({ lr: 0.1 }), net);
    const x = new Var(new Tensor(Float64Array.of(1, 2, 3, -1, 0, 1), [2, 3]), {
      requiresGrad: false,
    });
    mseLoss(net.forward(x), new Tensor(Float64Array.of(1, 0, 0, 1), [2, 2])).backward();
    const grads = net.parameters().map((p) => Array.from(p.grad!.data));
    trainer.step();
    net.parameters().forEach((p, i) => {
      expect(p.value.data).toBe(trainer.params[i]);
      p.value.data.forEach((v, j) => {
        expect(v).toBeCloseTo(before[i]![j]! - 0.1 * grads[i]![j]!, 15);
      });
    });
  });

  it('trains a small network: the loss falls by 10x with Adam in 200 steps', () => {
    const rng = createRng(3);
    const net = new Sequential(new Linear(1, 16, { rng }), new ReLU(), new Linear(16, 1, { rng }));
    const xs = Float64Array.from({ length: 32 }, (_, i) => -1 + (2 * i) / 31);
    const ys = Float64Array.from(xs, (v) => v * v);
    const x = new Var(new Tensor(xs, [32, 1]), { requiresGrad: false });
    const y = new Tensor(ys, [32, 1]);
    const trainer = trainModule(adam({ lr: 0.01 }), net);
    const losses: number[] = [];
    for (let k = 0; k < 200; k++) {
      trainer.zeroGrad();
      const loss = mseLoss(net.forward(x), y);
      losses.push(loss.value.data[0]!);
      loss.backward();
      trainer.step();
    }
    expect(losses.at(-1)!).toBeLessThan(losses[0]! / 10);
  });

  it('zeroGrad() clears the gradients of every parameter', () => {
    const net = new Linear(2, 1, { rng: createRng(0) });
    const trainer = trainModule(sgd({ lr: 0.1 }), net);
    const x = new Var(new Tensor(Float64Array.of(1, 1), [1, 2]), { requiresGrad: false });
    net.forward(x).sum().backward();
    trainer.zeroGrad();
    for (const p of net.parameters())
      expect(p.grad === null || p.grad.data.every((v) => v === 0)).toBe(true);
  });
});
