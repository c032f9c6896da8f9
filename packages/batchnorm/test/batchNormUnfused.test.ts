import { createRng, fromArray, gradcheck, randn, type Tensor, Var } from '@dl8/core';
import { describe, expect, it } from 'vitest';
import { BatchNorm, batchNorm, batchNormUnfused, batchNormVar } from '../src/index.js';
import { expectClose } from './fixture.js';

const rng = createRng(20260807);

interface Run {
  y: Float64Array;
  dx: Float64Array;
  dgamma: Float64Array;
  dbeta: Float64Array;
}

/** Forward, then backward of sum(y * w), for x, gamma, beta as fresh leaves. */
function run(f: (x: Var, gamma: Var, beta: Var) => Var, inputs: Tensor[], w: Tensor): Run {
  const [x, gamma, beta] = inputs.map((t) => new Var(t.clone())) as [Var, Var, Var];
  const y = f(x, gamma, beta);
  y.backward(w);
  return { y: y.value.data, dx: x.grad!.data, dgamma: gamma.grad!.data, dbeta: beta.grad!.data };
}

describe('batchNormUnfused(x, options) built from core primitives', () => {
  it.each([[[16, 5]], [[4, 3, 7]], [[3, 2, 4, 5]], [[2, 1]]])(
    'gives the same values and gradients as the fused op for x %j',
    (shape) => {
      const c = shape[1]!;
      const inputs = [randn(shape, rng, 2, 3), randn([c], rng, 1, 0.5), randn([c], rng)];
      const w = randn(shape, rng);
      const eps = 1e-5;
      const fused = run((x, gamma, beta) => batchNormVar(x, { gamma, beta, eps }), inputs, w);
      const unfused = run((x, gamma, beta) => batchNormUnfused(x, { gamma, beta, eps }), inputs, w);
      expectClose(unfused.y, fused.y, 1e-12, 'y');
      expectClose(unfused.dx, fused.dx, 1e-10, 'dx');
      expectClose(unfused.dgamma, fused.dgamma, 1e-11, 'dgamma');
      expectClose(unfused.dbeta, fused.dbeta, 1e-12, 'dbeta');
    },
  );

  it('passes gradcheck', () => {
    const inputs = [randn([5, 2, 3], rng), randn([2], rng, 1, 0.5), randn([2], rng)];
    const result = gradcheck(
      (x, gamma, beta) => batchNormUnfused(x, { gamma, beta, eps: 1e-3 }),
      inputs,
      { atol: 1e-7, rtol: 1e-6 },
    );
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });

  it('with constantStatistics keeps the forward but gives dx = gamma * dy / sigma, which moves the mean', () => {
    const shape = [8, 3];
    const inputs = [randn(shape, rng, 1, 2), randn([3], rng, 1, 0.5), randn([3], rng)];
    const w = randn(shape, rng);
    const detached = run(
      (x, gamma, beta) => batchNormUnfused(x, { gamma, beta, constantStatistics: true }),
      inputs,
      w,
    );
    const full = run((x, gamma, beta) => batchNormUnfused(x, { gamma, beta }), inputs, w);
    expectClose(detached.y, full.y, 1e-15, 'y');
    expectClose(detached.dgamma, full.dgamma, 1e-12, 'dgamma');
    const ref = batchNorm(inputs[0]!.data, shape, { gamma: inputs[1]!.data });
    let sumFull = 0;
    let sumDetached = 0;
    for (let i = 0; i < 8 * 3; i++) {
      const j = i % 3;
      expect(detached.dx[i]).toBeCloseTo(w.data[i]! * inputs[1]!.data[j]! * ref.invStd[j]!, 12);
      if (j === 0) {
        sumFull += full.dx[i]!;
        sumDetached += detached.dx[i]!;
      }
    }
    expect(Math.abs(sumFull)).toBeLessThan(1e-12);
    expect(Math.abs(sumDetached)).toBeGreaterThan(1e-3);
  });

  it('rejects input with fewer than 2 dimensions and eps <= 0', () => {
    const x = new Var(fromArray([1, 2, 3], [3]));
    expect(() => batchNormUnfused(x)).toThrow(/needs at least 2 dimensions/);
    expect(() => batchNormUnfused(new Var(fromArray([1, 2], [2, 1])), { eps: -1 })).toThrow(
      'batchNormUnfused: eps must be a finite number > 0, got -1',
    );
  });
});

describe('BatchNorm(C, { gradient }) in training mode', () => {
  it("'unfused' matches 'fused' in output, gradients and running statistics", () => {
    const shape = [6, 4, 3];
    const xData = randn(shape, rng, 1, 2);
    const w = randn(shape, rng);
    const results = (['fused', 'unfused'] as const).map((gradient) => {
      const bn = new BatchNorm(4, { gradient, momentum: 0.3 });
      bn.gamma!.value.data.set([0.5, 1.5, -1, 2]);
      const x = new Var(xData.clone());
      const y = bn.forward(x);
      y.backward(w);
      return { bn, y: y.value.data, dx: x.grad!.data };
    });
    const [fused, unfused] = results as [(typeof results)[0], (typeof results)[0]];
    expectClose(unfused.y, fused.y, 1e-12, 'y');
    expectClose(unfused.dx, fused.dx, 1e-10, 'dx');
    expectClose(unfused.bn.gamma!.grad!.data, fused.bn.gamma!.grad!.data, 1e-11, 'dgamma');
    expectClose(unfused.bn.runningMean!.data, fused.bn.runningMean!.data, 1e-15, 'running mean');
    expectClose(unfused.bn.runningVar!.data, fused.bn.runningVar!.data, 1e-15, 'running var');
    expect(unfused.bn.runningStats!.numBatchesTracked).toBe(1);
  });

  it("'constant-statistics' gives dx = gamma * dy / sigma", () => {
    const bn = new BatchNorm(2, { gradient: 'constant-statistics' });
    bn.gamma!.value.data.set([2, -1]);
    const x = new Var(fromArray([1, 4, 2, 0, 6, 5], [3, 2]));
    bn.forward(x).backward(fromArray([1, 1, 1, 1, 1, 1], [3, 2]));
    const ref = batchNorm(x.value.data, [3, 2]);
    expectClose(
      x.grad!.data,
      [0, 1, 0, 1, 0, 1].map((j) => (j ? -1 : 2) * ref.invStd[j]!),
      1e-12,
      'dx',
    );
  });

  it('rejects an unknown gradient mode', () => {
    expect(() => new BatchNorm(2, { gradient: 'other' as 'fused' })).toThrow(
      "BatchNorm: gradient must be 'fused', 'unfused' or 'constant-statistics', got 'other'",
    );
  });
});
