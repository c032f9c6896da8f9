import {
  createRng,
  fromArray,
  gradcheck,
  Linear,
  randn,
  Sequential,
  Tanh,
  type Tensor,
  Var,
} from '@dl8/core';
import { describe, expect, it } from 'vitest';
import { BatchNorm, BatchNormError, batchNormVar, createRunningStats } from '../src/index.js';
import { caseTolerance, expectClose, sequenceCases, singleCases } from './fixture.js';

describe('BatchNorm(numFeatures, options) matches a PyTorch module fed batches', () => {
  it.each(sequenceCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const tol = caseTolerance(c.name);
    const bn = new BatchNorm(c.shape[1]!, { eps: c.eps, momentum: c.momentum });
    c.train_batches.forEach((batch, k) => {
      bn.forward(new Var(fromArray(batch, c.shape)));
      expectClose(bn.runningMean!.data, c.running_mean_after[k]!, tol, `running mean after ${k}`);
      expectClose(bn.runningVar!.data, c.running_var_after[k]!, tol, `running var after ${k}`);
    });
    expect(bn.runningStats!.numBatchesTracked).toBe(c.train_batches.length);
    bn.eval();
    const y = bn.forward(new Var(fromArray(c.eval_x, c.shape)));
    expectClose(y.value.data, c.eval_y, tol, 'eval y');
  });
});

describe('BatchNorm forward + backward on every single-call case', () => {
  it.each(singleCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const tol = caseTolerance(c.name);
    const bn = new BatchNorm(c.shape[1]!, { eps: c.eps, momentum: c.momentum, affine: c.affine });
    bn.runningStats!.mean.set(c.running_mean_in);
    bn.runningStats!.variance.set(c.running_var_in);
    if (c.affine) {
      bn.gamma!.value.data.set(c.gamma!);
      bn.beta!.value.data.set(c.beta!);
    }
    bn.train(c.training);
    const x = new Var(fromArray(c.x, c.shape));
    const y = bn.forward(x);
    expectClose(y.value.data, c.y, tol, 'y');
    expectClose(bn.runningMean!.data, c.running_mean_out, tol, 'running mean');
    expectClose(bn.runningVar!.data, c.running_var_out, tol, 'running var');
    y.backward(fromArray(c.dy, c.shape));
    expectClose(x.grad!.data, c.dx, tol, 'dx');
    if (c.affine) {
      expectClose(bn.gamma!.grad!.data, c.dgamma!, tol, 'dgamma');
      expectClose(bn.beta!.grad!.data, c.dbeta!, tol, 'dbeta');
    }
  });
});

describe('batchNormVar fused backward passes gradcheck', () => {
  const rng = createRng(8071);
  it.each([[[6, 3]], [[3, 2, 4]], [[2, 2, 3, 2]]])(
    'training mode, x %j with gamma and beta',
    (shape) => {
      const c = shape[1]!;
      const inputs: Tensor[] = [
        randn(shape, rng, 0.5, 2),
        randn([c], rng, 1, 0.5),
        randn([c], rng),
      ];
      const result = gradcheck(
        (x, gamma, beta) => batchNormVar(x, { gamma, beta, eps: 1e-3 }),
        inputs,
        { atol: 1e-7, rtol: 1e-6 },
      );
      expect(result.ok, JSON.stringify(result)).toBe(true);
    },
  );

  it('eval mode (running statistics are constants)', () => {
    const stats = createRunningStats(3);
    stats.mean.set([0.3, -0.2, 1]);
    stats.variance.set([0.5, 2, 1.5]);
    const inputs = [randn([5, 3], rng), randn([3], rng, 1, 0.5), randn([3], rng)];
    const result = gradcheck(
      (x, gamma, beta) => batchNormVar(x, { gamma, beta, runningStats: stats, training: false }),
      inputs,
      { atol: 1e-8, rtol: 1e-7 },
    );
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });

  it('through Sequential(Linear, BatchNorm, Tanh) with respect to the input', () => {
    const net = new Sequential(
      new Linear(4, 3, { rng: createRng(5) }),
      new BatchNorm(3, { trackRunningStats: false }),
      new Tanh(),
    );
    const result = gradcheck((x) => net.forward(x), [randn([8, 4], rng)], {
      atol: 1e-7,
      rtol: 1e-6,
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });
});

describe('BatchNorm as a core Module', () => {
  it('exposes gamma and beta as parameters, none without affine', () => {
    const bn = new BatchNorm(4);
    expect(bn.parameters()).toEqual([bn.gamma, bn.beta]);
    expect(Array.from(bn.gamma!.value.data)).toEqual([1, 1, 1, 1]);
    expect(Array.from(bn.beta!.value.data)).toEqual([0, 0, 0, 0]);
    expect(new BatchNorm(4, { affine: false }).parameters()).toEqual([]);
  });

  it('follows train()/eval() inside Sequential: eval uses and keeps the running statistics', () => {
    const bn = new BatchNorm(2);
    const net = new Sequential(bn);
    const x = new Var(fromArray([1, 10, 3, 20, 5, 60], [3, 2]));
    net.forward(x);
    const before = Float64Array.from(bn.runningStats!.mean);
    net.eval();
    expect(bn.training).toBe(false);
    const y = net.forward(x).value.data;
    expect(Array.from(bn.runningStats!.mean)).toEqual(Array.from(before));
    const rv = bn.runningStats!.variance;
    expect(y[0]).toBeCloseTo((1 - before[0]!) / Math.sqrt(rv[0]! + 1e-5), 12);
    expect(bn.runningStats!.numBatchesTracked).toBe(1);
  });

  it('with trackRunningStats false normalizes with batch statistics in eval mode too', () => {
    const bn = new BatchNorm(2, { trackRunningStats: false }).eval();
    expect(bn.runningStats).toBeNull();
    expect(bn.runningMean).toBeNull();
    const y = bn.forward(new Var(fromArray([1, 10, 3, 20], [2, 2]))).value.data;
    expectClose(y, [-1, -1, 1, 1], 1e-5, 'y');
  });

  it('rejects a channel count other than numFeatures, and bad options', () => {
    const bn = new BatchNorm(3);
    expect(() => bn.forward(new Var(fromArray([1, 2, 3, 4], [2, 2])))).toThrow(
      'BatchNorm: expected input [N, 3, ...spatial] (numFeatures = 3), got shape [2, 2]',
    );
    expect(() => new BatchNorm(0)).toThrow(
      'BatchNorm: numFeatures must be a positive integer, got 0',
    );
    expect(() => new BatchNorm(2, { eps: 0 })).toThrow(BatchNormError);
    expect(() => new BatchNorm(2, { momentum: 2 })).toThrow(/momentum must be in \[0, 1\]/);
    expect(() => bn.forward(new Var(fromArray([1, 2, 3], [1, 3])))).toThrow(
      /expected more than 1 value per channel when training/,
    );
  });
});
