import { describe, expect, it } from 'vitest';
import { adam, averagedParams, ema, nesterovBook, polyak, rosenbrock, sgd } from '../src/index.js';
import { expectClose } from './assert.js';

const f = rosenbrock();

describe('averaging wrappers (8.7.3)', () => {
  it('polyak(sgd) keeps the arithmetic mean of the iterates beside the live params', () => {
    const opt = polyak(sgd({ lr: 1e-3, momentum: 0.9 }));
    const x = Float64Array.of(-1.5, 2);
    const s = opt.init(x);
    let s0 = 0;
    let s1 = 0;
    for (let k = 1; k <= 30; k++) {
      opt.step(x, f.gradient(x), s);
      s0 += x[0]!;
      s1 += x[1]!;
      expectClose(averagedParams(s, x) as Float64Array, [s0 / k, s1 / k], 1e-14, 1e-13);
    }
    expect(s.scalars['averageCount']).toBe(30);
  });

  it('polyak(inner) steps the live params exactly as inner alone', () => {
    const a = Float64Array.of(-1.5, 2);
    const b = a.slice();
    const inner = adam({ lr: 0.01 });
    const wrapped = polyak(adam({ lr: 0.01 }));
    const sa = inner.init(a);
    const sb = wrapped.init(b);
    for (let k = 0; k < 20; k++) {
      inner.step(a, f.gradient(a), sa);
      wrapped.step(b, f.gradient(b), sb);
    }
    expect(Array.from(b)).toEqual(Array.from(a));
  });

  it('polyak(inner, { start: 5 }) averages only the iterates after step 5', () => {
    const opt = polyak(sgd({ lr: 1e-3 }), { start: 5 });
    const x = Float64Array.of(-1.5, 2);
    const s = opt.init(x);
    const kept: number[][] = [];
    for (let k = 1; k <= 12; k++) {
      opt.step(x, f.gradient(x), s);
      if (k > 5) kept.push(Array.from(x));
    }
    const mean = [0, 1].map((i) => kept.reduce((acc, p) => acc + p[i]!, 0) / kept.length);
    expectClose(s.buffers['average']![0]!, mean, 1e-14, 1e-13);
  });

  it('ema(inner, { decay }) follows average = decay average + (1 - decay) theta from theta(0)', () => {
    const opt = ema(sgd({ lr: 1e-3 }), { decay: 0.8 });
    const x = Float64Array.of(-1.5, 2);
    const avg = Array.from(x);
    const s = opt.init(x);
    for (let k = 0; k < 20; k++) {
      opt.step(x, f.gradient(x), s);
      for (let i = 0; i < 2; i++) avg[i] = 0.8 * avg[i]! + 0.2 * x[i]!;
      expectClose(s.buffers['average']![0]!, avg, 1e-15, 1e-14);
    }
  });

  it('polyak wraps look-ahead optimizers too and keeps their kind', () => {
    const opt = polyak(nesterovBook({ lr: 1e-4 }));
    expect(opt.kind).toBe('lookahead');
    const x = Float64Array.of(-1.5, 2);
    const s = opt.init(x);
    opt.step(x, (p, out) => void f.gradient(p as Float64Array, out as Float64Array), s);
    expect(Array.from(s.buffers['average']![0]!)).toEqual(Array.from(x));
  });

  it('averaged params of a list of params come back as a list', () => {
    const ps = [Float64Array.of(1), Float32Array.of(2, 3)];
    const opt = ema(sgd({ lr: 0.1 }), { decay: 0.5 });
    const s = opt.init(ps);
    opt.step(ps, [Float64Array.of(1), Float32Array.of(1, 1)], s);
    const avg = averagedParams(s, ps) as (Float64Array | Float32Array)[];
    expect(avg.length).toBe(2);
    expect(avg[1]).toBeInstanceOf(Float32Array);
    expectClose(avg[1]!, [(2 + 1.9) / 2, (3 + 2.9) / 2], 1e-6);
  });

  it('averagedParams on a plain optimizer state says what to wrap', () => {
    expect(() => averagedParams(adam().init(new Float64Array(1)))).toThrow(
      /wrap the optimizer in polyak\(\) or ema\(\)/,
    );
  });
});
