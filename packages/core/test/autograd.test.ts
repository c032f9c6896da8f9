import { describe, expect, it } from 'vitest';
import {
  ArgumentError,
  createRng,
  gradcheck,
  isGradEnabled,
  noGrad,
  ones,
  rand,
  randn,
  ShapeError,
  Tensor,
  tensor,
  Var,
} from '../src/index.js';
import { expectClose, expectGradOk } from './helpers.js';

const rng = createRng(2024);
const r = (...shape: number[]) => randn(shape, rng);
/** Strictly positive inputs for log, sqrt, div denominators, fractional powers. */
const pos = (...shape: number[]) => rand(shape, rng, 0.5, 2);

describe('Var ops: values', () => {
  it('add, sub, mul, div accept Vars, tensors and numbers', () => {
    const a = new Var(tensor([1, 2]));
    expectClose(a.add(1).value, [2, 3]);
    expectClose(a.sub(tensor([1, 1])).value, [0, 1]);
    expectClose(a.mul(new Var(tensor([3, 4]))).value, [3, 8]);
    expectClose(a.div(2).value, [0.5, 1]);
    expectClose(a.neg().value, [-1, -2]);
    expectClose(a.pow(3).value, [1, 8]);
    expectClose(a.square().value, [1, 4]);
    expectClose(a.sqrt().value, [1, Math.SQRT2]);
    expectClose(a.exp().log().value, [1, 2], 1e-15);
  });

  it('matmul, sum, mean, max, reshape, transpose, softmax produce tensor results', () => {
    const a = new Var(
      tensor([
        [1, 2],
        [3, 4],
      ]),
    );
    expectClose(a.matmul(a).value, [7, 10, 15, 22]);
    expectClose(a.sum().value, [10], 0, []);
    expectClose(a.mean(0).value, [2, 3], 0, [2]);
    expectClose(a.max(1, true).value, [2, 4], 0, [2, 1]);
    expectClose(a.reshape([4]).value, [1, 2, 3, 4], 0, [4]);
    expectClose(a.transpose().value, [1, 3, 2, 4], 0, [2, 2]);
    expectClose(a.softmax().sum(1).value, [1, 1], 1e-15);
    expectClose(a.logSoftmax().exp().sum(-1).value, [1, 1], 1e-15);
    expect(a.shape).toEqual([2, 2]);
  });
});

describe('Var ops: gradients by gradcheck on seeded random inputs', () => {
  it.each([
    ['add (same shape)', (a: Var, b: Var) => a.add(b), () => [r(3, 4), r(3, 4)]],
    ['add (row broadcast)', (a: Var, b: Var) => a.add(b), () => [r(3, 4), r(4)]],
    [
      'add (column and scalar broadcast)',
      (a: Var, b: Var) => a.add(b).add(2),
      () => [r(3, 1), r(1, 4)],
    ],
    ['sub (broadcast)', (a: Var, b: Var) => a.sub(b), () => [r(2, 3, 4), r(3, 1)]],
    ['mul (broadcast)', (a: Var, b: Var) => a.mul(b), () => [r(3, 4), r(1, 4)]],
    ['mul (scalar tensor)', (a: Var, b: Var) => a.mul(b), () => [r(3, 4), r()]],
    ['div (broadcast)', (a: Var, b: Var) => a.div(b), () => [r(3, 4), pos(4)]],
    ['div (numerator broadcast)', (a: Var, b: Var) => a.div(b), () => [r(4), pos(3, 4)]],
    ['matmul 2-D', (a: Var, b: Var) => a.matmul(b), () => [r(3, 4), r(4, 2)]],
    ['matmul batched with broadcast', (a: Var, b: Var) => a.matmul(b), () => [r(2, 3, 4), r(4, 5)]],
    ['matmul batched both', (a: Var, b: Var) => a.matmul(b), () => [r(2, 1, 2, 3), r(3, 3, 2)]],
  ] as const)('%s', (_, f, inputs) => {
    expectGradOk(f, inputs() as Tensor[]);
  });

  it.each([
    ['neg', (a: Var) => a.neg(), () => r(3, 4)],
    ['pow 3', (a: Var) => a.pow(3), () => r(3, 4)],
    ['pow -1.5', (a: Var) => a.pow(-1.5), () => pos(3, 4)],
    ['exp', (a: Var) => a.exp(), () => r(3, 4)],
    ['log', (a: Var) => a.log(), () => pos(3, 4)],
    ['sqrt', (a: Var) => a.sqrt(), () => pos(3, 4)],
    ['square', (a: Var) => a.square(), () => r(3, 4)],
    ['abs', (a: Var) => a.abs(), () => r(3, 4)],
    ['tanh', (a: Var) => a.tanh(), () => r(3, 4)],
    ['relu', (a: Var) => a.relu(), () => r(3, 4)],
    ['sigmoid', (a: Var) => a.sigmoid(), () => r(3, 4)],
    ['sum all', (a: Var) => a.sum(), () => r(3, 4)],
    ['sum axis 0', (a: Var) => a.sum(0), () => r(3, 4)],
    ['sum axes [0, 2] keepDims', (a: Var) => a.sum([0, 2], true), () => r(2, 3, 4)],
    ['mean all', (a: Var) => a.mean(), () => r(3, 4)],
    ['mean axis -1', (a: Var) => a.mean(-1), () => r(3, 4)],
    ['mean axis 1 keepDims', (a: Var) => a.mean(1, true), () => r(2, 3, 4)],
    ['max all', (a: Var) => a.max(), () => r(3, 4)],
    ['max axis 1', (a: Var) => a.max(1), () => r(3, 4)],
    ['max axis 0 keepDims', (a: Var) => a.max(0, true), () => r(3, 4)],
    ['reshape', (a: Var) => a.reshape([2, -1]).mul(tensor([1, 2, 3, 4, 5, 6])), () => r(3, 4)],
    ['transpose', (a: Var) => a.transpose(), () => r(3, 4)],
    ['transpose perm', (a: Var) => a.transpose([2, 0, 1]), () => r(2, 3, 4)],
    ['transpose negative perm', (a: Var) => a.transpose([-1, 0, 1]), () => r(2, 3, 4)],
    ['softmax last axis', (a: Var) => a.softmax(), () => r(3, 4)],
    ['softmax axis 0', (a: Var) => a.softmax(0), () => r(3, 4)],
    ['logSoftmax last axis', (a: Var) => a.logSoftmax(), () => r(3, 4)],
    ['logSoftmax axis 1 of 3-D', (a: Var) => a.logSoftmax(1), () => r(2, 3, 4)],
  ] as const)('%s', (_, f, input) => {
    expectGradOk(f, [input()]);
  });

  it('a composite expression with reuse of the same input', () => {
    expectGradOk(
      (x, w) => x.matmul(w).tanh().mul(x.sum(1, true)).sub(w.mean()).square().mean(),
      [r(4, 3), r(3, 3)],
    );
  });
});

describe('Var engine', () => {
  it('backward() computes d(sum x^2)/dx = 2x and accumulates on a second call', () => {
    const x = new Var(tensor([1, -2, 3]));
    x.square().sum().backward();
    expectClose(x.grad!, [2, -4, 6]);
    x.square().sum().backward();
    expectClose(x.grad!, [4, -8, 12]);
    x.zeroGrad();
    expect(x.grad).toBeNull();
  });

  it('backward() twice through a shared intermediate does not double-count', () => {
    const x = new Var(tensor([2]));
    const y = x.mul(3);
    const z = y.mul(y);
    z.backward();
    expectClose(x.grad!, [36]);
    expectClose(y.grad!, [12]);
    z.backward();
    expectClose(x.grad!, [72]);
  });

  it('backward(seed) uses the given upstream gradient and checks its shape', () => {
    const x = new Var(tensor([1, 2]));
    x.mul(2).backward(tensor([1, 10]));
    expectClose(x.grad!, [2, 20]);
    expect(() => x.mul(2).backward(ones([3]))).toThrow(
      'backward: seed gradient [3] does not match value [2]',
    );
  });

  it('constants get no gradient and requiresGrad propagates', () => {
    const c = new Var(tensor([1, 2]), { requiresGrad: false });
    const x = new Var(tensor([3, 4]));
    const y = x.mul(c);
    expect(y.requiresGrad).toBe(true);
    y.sum().backward();
    expect(c.grad).toBeNull();
    expect(c.mul(2).requiresGrad).toBe(false);
    expect(() => c.mul(2).backward()).toThrow(ArgumentError);
  });

  it('noGrad(fn) records no graph and restores the mode, even on throw', () => {
    const x = new Var(tensor([1]));
    const y = noGrad(() => {
      expect(isGradEnabled()).toBe(false);
      return x.mul(2);
    });
    expect(y.requiresGrad).toBe(false);
    expect(y.inputs).toEqual([]);
    expect(isGradEnabled()).toBe(true);
    expect(() =>
      noGrad(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(isGradEnabled()).toBe(true);
  });

  it('detach() shares the value but cuts the graph', () => {
    const x = new Var(tensor([1, 2]), { name: 'x' });
    const d = x.mul(2).detach();
    expect(d.requiresGrad).toBe(false);
    const z = x.mul(d);
    z.sum().backward();
    expectClose(x.grad!, [2, 4]);
  });

  it('Var.op builds a custom op whose backward is used by the engine', () => {
    const cube = (a: Var) =>
      Var.op(
        new Tensor(
          a.value.data.map((v) => v ** 3),
          a.shape,
        ),
        [a],
        (g) => [
          new Tensor(
            g.data.map((u, i) => 3 * a.value.data[i]! ** 2 * u),
            a.shape,
          ),
        ],
        'cube',
      );
    expectGradOk((a) => cube(a).mul(a), [r(2, 3)]);
  });

  it('Var.op reports a gradient of the wrong shape or count, naming the op', () => {
    const x = new Var(tensor([1, 2]));
    const bad = Var.op(tensor([1, 2]), [x], () => [tensor([1])], 'badOp');
    expect(() => bad.backward()).toThrow(ShapeError);
    expect(() => bad.backward()).toThrow(
      'badOp backward: gradient for input 0 has shape [1], expected [2]',
    );
    const wrongCount = Var.op(tensor([1, 2]), [x], () => [], 'countOp');
    expect(() => wrongCount.backward()).toThrow(
      'countOp backward: returned 0 gradients for 1 inputs',
    );
    expect(() => new Var([1, 2] as never)).toThrow('Var: value must be a Tensor');
  });

  it('backward() handles a 5000-op chain without overflowing the stack', () => {
    const x = new Var(tensor([1]));
    let y = x;
    for (let i = 0; i < 5000; i++) y = y.mul(1.0001);
    y.backward();
    expectClose(x.grad!, [1.0001 ** 5000], 1e-9);
  });

  it('max() splits the gradient between ties', () => {
    const x = new Var(tensor([3, 1, 3]));
    x.max().backward();
    expectClose(x.grad!, [0.5, 0, 0.5]);
  });
});

describe('gradcheck', () => {
  it('gradcheck(f, inputs) flags a wrong backward rule', () => {
    const wrong = (a: Var) =>
      Var.op(
        a.value.clone(),
        [a],
        (g) => [
          new Tensor(
            g.data.map((u) => 2 * u),
            a.shape,
          ),
        ],
        'wrong',
      );
    const res = gradcheck(wrong, [r(3)]);
    expect(res.ok).toBe(false);
    expect(res.maxAbsError).toBeGreaterThan(0.4);
    expect(res.maxRelError).toBeGreaterThan(0.4);
  });

  it('gradcheck treats an unused input as zero gradient and validates its options', () => {
    expect(gradcheck((a, _b) => a.mul(2), [r(2), r(2)]).ok).toBe(true);
    expect(() => gradcheck((a) => a, [r(2)], { eps: 0 })).toThrow(
      'gradcheck: eps must be positive, got 0',
    );
    expect(() => gradcheck(() => 1 as never, [r(2)])).toThrow('gradcheck: f must return a Var');
  });

  it("gradcheck leaves the caller's input tensors unchanged", () => {
    const t = r(3);
    const before = [...t.data];
    gradcheck((a) => a.exp(), [t]);
    expect([...t.data]).toEqual(before);
  });
});
