import { describe, expect, it } from 'vitest';
import {
  type GradientFunction,
  minimize,
  nesterovBook,
  quadratic,
  rmsprop,
  rmspropBook,
  rmspropNesterovBook,
  rosenbrock,
  sgd,
} from '../src/index.js';
import { expectClose } from './assert.js';

const f = rosenbrock();
const gradient: GradientFunction = (p, out) => {
  f.gradient(p as Float64Array, out as Float64Array);
};

describe("the book's variants beside torch's", () => {
  it('rmspropBook() puts delta inside the root: one step is -eps g / sqrt(delta + (1 - rho) g^2)', () => {
    const x = Float64Array.of(1, -2);
    const g = Float64Array.of(0.5, 0);
    const opt = rmspropBook({ lr: 0.01, rho: 0.9, delta: 1e-6 });
    opt.step(x, g, opt.init(x));
    expect(x[0]).toBe(1 - (0.01 * 0.5) / Math.sqrt(1e-6 + 0.1 * 0.25));
    // A zero gradient stays a zero step (0 / sqrt(delta)), where eps-outside would also give 0.
    expect(x[1]).toBe(-2);
  });

  it('rmspropBook and torch rmsprop differ exactly where the gradient is small next to delta', () => {
    const a = Float64Array.of(0);
    const b = Float64Array.of(0);
    const book = rmspropBook({ lr: 1, rho: 0.99, delta: 1e-6 });
    const torch = rmsprop({ lr: 1, alpha: 0.99, eps: 1e-6 });
    book.step(a, Float64Array.of(1e-4), book.init(a));
    torch.step(b, Float64Array.of(1e-4), torch.init(b));
    // book: 1e-4 / sqrt(1e-6 + 1e-10) ~ 0.09999; torch: 1e-4 / (1e-5 + 1e-6) ~ 9.09
    expect(-a[0]!).toBeCloseTo(1e-4 / Math.sqrt(1e-6 + 1e-10), 12);
    expect(-b[0]!).toBeCloseTo(1e-4 / (1e-5 + 1e-6), 9);
  });

  it('nesterovBook() asks for the gradient at theta + alpha v', () => {
    const x = Float64Array.of(1, 1);
    const seen: number[][] = [];
    const opt = nesterovBook({ lr: 0.1, momentum: 0.5 });
    const s = opt.init(x);
    const g: GradientFunction = (p, out) => {
      seen.push(Array.from(p as Float64Array));
      (out as Float64Array).set([1, 2]);
    };
    opt.step(x, g, s); // v = (-0.1, -0.2), theta = (0.9, 0.8)
    opt.step(x, g, s); // look-ahead at theta + 0.5 v = (0.85, 0.7)
    expectClose(seen[0]!, [1, 1], 0);
    expectClose(seen[1]!, [0.85, 0.7], 1e-15);
    expectClose(x, [0.9 - 0.05 - 0.1, 0.8 - 0.1 - 0.2], 1e-15);
  });

  it("nesterovBook's look-ahead points theta + alpha v are torch sgd({ nesterov: true })'s params", () => {
    const lr = 1e-4;
    const mu = 0.9;
    const book = nesterovBook({ lr, momentum: mu });
    const torch = sgd({ lr, momentum: mu, nesterov: true });
    const theta = Float64Array.of(-1.5, 2);
    const p = theta.slice();
    const sb = book.init(theta);
    const st = torch.init(p);
    const g = new Float64Array(2);
    for (let k = 0; k < 50; k++) {
      book.step(theta, gradient, sb);
      torch.step(p, f.gradient(p, g), st);
      const v = sb.buffers['velocity']![0]!;
      expectClose([theta[0]! + mu * v[0]!, theta[1]! + mu * v[1]!], p, 1e-12, 1e-12);
    }
  });

  it('torch sgd({ momentum }) with dampening 0 is book Alg. 8.2 (v = alpha v - eps g; theta += v)', () => {
    const lr = 1e-4;
    const alpha = 0.9;
    const x = Float64Array.of(-1.5, 2);
    const theta = x.slice();
    const v = new Float64Array(2);
    const opt = sgd({ lr, momentum: alpha });
    const s = opt.init(x);
    for (let k = 0; k < 40; k++) {
      const g = f.gradient(theta);
      for (let i = 0; i < 2; i++) {
        v[i] = alpha * v[i]! - lr * g[i]!;
        theta[i] = theta[i]! + v[i]!;
      }
      opt.step(x, f.gradient(x), s);
      expectClose(x, theta, 1e-13, 1e-12);
    }
  });

  it('rmspropNesterovBook() follows Alg. 8.6 step by step', () => {
    const q = quadratic([3, 0.5, 0.5, 1], [1, -1]);
    const opt = rmspropNesterovBook({ lr: 0.01, rho: 0.9, momentum: 0.8, delta: 1e-6 });
    const t = minimize(q, opt, { x0: [2, 2], steps: 20 });
    const theta = Float64Array.of(2, 2);
    const v = new Float64Array(2);
    const r = new Float64Array(2);
    for (let k = 0; k < 20; k++) {
      const g = q.gradient(Float64Array.of(theta[0]! + 0.8 * v[0]!, theta[1]! + 0.8 * v[1]!));
      for (let i = 0; i < 2; i++) {
        r[i] = 0.9 * r[i]! + 0.1 * g[i]! * g[i]!;
        v[i] = 0.8 * v[i]! - (0.01 / Math.sqrt(1e-6 + r[i]!)) * g[i]!;
        theta[i] = theta[i]! + v[i]!;
      }
      expectClose(t.positions[k + 1]!, theta, 1e-14, 1e-14);
    }
  });

  it('the look-ahead methods reuse their scratch arrays: the gradient sees the same array every step', () => {
    const opt = nesterovBook({ lr: 0.01 });
    const x = Float64Array.of(1, 2);
    const s = opt.init(x);
    const points = new Set<unknown>();
    for (let k = 0; k < 5; k++)
      opt.step(
        x,
        (p, out) => {
          points.add(p);
          (out as Float64Array).fill(1);
        },
        s,
      );
    expect(points.size).toBe(1);
  });
});
