import { describe, expect, it } from 'vitest';
import {
  ArgumentError,
  createRng,
  Linear,
  Module,
  ReLU,
  randn,
  Sequential,
  Sigmoid,
  Tanh,
  tensor,
  Var,
} from '../src/index.js';
import { expectClose, expectGradOk } from './helpers.js';

describe('Linear', () => {
  it('new Linear(in, out, { rng }) is He-initialised: W ~ N(0, 2 / in), b = 0', () => {
    const lin = new Linear(400, 300, { rng: createRng(1) });
    expect(lin.weight.shape).toEqual([400, 300]);
    const w = lin.weight.value.data;
    const m = w.reduce((a, b) => a + b, 0) / w.length;
    const v = w.reduce((a, b) => a + (b - m) ** 2, 0) / w.length;
    expect(Math.abs(m)).toBeLessThan(0.002);
    expect(Math.abs(v - 2 / 400) / (2 / 400)).toBeLessThan(0.02);
    expect([...lin.bias!.value.data].every((b) => b === 0)).toBe(true);
  });

  it("new Linear(in, out, { init: 'glorot' }) draws U(-a, a), a = sqrt(6 / (in + out))", () => {
    const lin = new Linear(50, 30, { rng: createRng(2), init: 'glorot', bias: false });
    const a = Math.sqrt(6 / 80);
    const w = lin.weight.value.data;
    expect(Math.max(...w)).toBeLessThanOrEqual(a);
    expect(Math.min(...w)).toBeGreaterThanOrEqual(-a);
    expect(Math.max(...w)).toBeGreaterThan(0.9 * a);
    expect(lin.bias).toBeNull();
    expect(lin.parameters()).toEqual([lin.weight]);
  });

  it('Linear is reproducible from the seed', () => {
    const a = new Linear(3, 2, { rng: createRng(5) });
    const b = new Linear(3, 2, { rng: createRng(5) });
    expect([...a.weight.value.data]).toEqual([...b.weight.value.data]);
  });

  it('forward(x) = x W + b and its gradient passes gradcheck', () => {
    const lin = new Linear(3, 2, { rng: createRng(3) });
    lin.bias!.value.data.set([0.5, -1]);
    const x = tensor([[1, 2, 3]]);
    const w = lin.weight.value.data;
    const y = lin.forward(new Var(x, { requiresGrad: false })).value;
    expectClose(
      y,
      [w[0]! + 2 * w[2]! + 3 * w[4]! + 0.5, w[1]! + 2 * w[3]! + 3 * w[5]! - 1],
      1e-14,
      [1, 2],
    );
    expectGradOk(
      (xv, wv, bv) => xv.matmul(wv).add(bv),
      [randn([4, 3], createRng(0)), lin.weight.value, lin.bias!.value],
    );
  });

  it('Linear rejects bad sizes, a missing rng and an unknown init', () => {
    expect(() => new Linear(0, 2, { rng: createRng(0) })).toThrow(
      'Linear: inFeatures must be a positive integer, got 0',
    );
    expect(() => new Linear(2, 2, {} as never)).toThrow(
      'Linear: options.rng (a seeded generator) is required',
    );
    expect(() => new Linear(2, 2, { rng: createRng(0), init: 'xavier' as never })).toThrow(
      ArgumentError,
    );
  });
});

describe('Module and Sequential', () => {
  const net = () =>
    new Sequential(
      new Linear(2, 4, { rng: createRng(1) }),
      new ReLU(),
      new Linear(4, 3, { rng: createRng(2) }),
      new Tanh(),
      new Sigmoid(),
    );

  it('parameters() collects every Linear weight and bias in order', () => {
    const n = net();
    const ps = n.parameters();
    expect(ps.map((p) => p.shape)).toEqual([[2, 4], [4], [4, 3], [3]]);
    expect(n.children()).toHaveLength(5);
  });

  it('train()/eval() propagate to every child', () => {
    const n = net();
    n.eval();
    expect([n, ...n.layers].every((m) => !m.training)).toBe(true);
    n.train();
    expect([n, ...n.layers].every((m) => m.training)).toBe(true);
    expect(n.train(false)).toBe(n);
  });

  it('forward composes the layers and backward fills every parameter grad; zeroGrad clears them', () => {
    const n = net();
    const x = new Var(randn([5, 2], createRng(9)), { requiresGrad: false });
    const y = n.forward(x);
    expect(y.shape).toEqual([5, 3]);
    for (const v of y.value.data) expect(v > 0 && v < 1).toBe(true);
    y.mean().backward();
    expect(
      n.parameters().every((p) => p.grad !== null && p.grad.shape.join() === p.shape.join()),
    ).toBe(true);
    n.zeroGrad();
    expect(n.parameters().every((p) => p.grad === null)).toBe(true);
  });

  it('a custom Module finds its Var fields and nested modules automatically', () => {
    class Scale extends Module {
      readonly s = new Var(tensor([2]));
      readonly frozen = new Var(tensor([1]), { requiresGrad: false });
      readonly inner = new Tanh();
      forward(x: Var): Var {
        return this.inner.forward(x.mul(this.s));
      }
    }
    const m = new Scale();
    expect(m.parameters()).toEqual([m.s]);
    expect(m.children()).toEqual([m.inner]);
    m.eval();
    expect(m.inner.training).toBe(false);
  });
});
