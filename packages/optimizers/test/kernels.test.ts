import { describe, expect, it } from 'vitest';
import {
  adadelta,
  adagrad,
  adam,
  adamax,
  adamw,
  nadam,
  type Optimizer,
  radam,
  rmsprop,
  rmspropBook,
  sgd,
} from '../src/index.js';

const all: [string, () => Optimizer][] = [
  ['sgd', () => sgd({ lr: 0.01, momentum: 0.9, weightDecay: 0.01 })],
  ['adagrad', () => adagrad({ lr: 0.1, weightDecay: 0.01 })],
  ['rmsprop', () => rmsprop({ lr: 0.01, momentum: 0.5, centered: true })],
  ['adam', () => adam({ lr: 0.01, amsgrad: true, weightDecay: 0.01 })],
  ['adamw', () => adamw({ lr: 0.01 })],
  ['adamax', () => adamax({ lr: 0.01 })],
  ['nadam', () => nadam({ lr: 0.01 })],
  ['radam', () => radam({ lr: 0.01 })],
  ['adadelta', () => adadelta({ weightDecay: 0.01 })],
  ['rmspropBook', () => rmspropBook({ lr: 0.01 })],
];

// g = x - target: a simple separable problem, evaluated per coordinate.
const target = [0.5, -1, 2, 0.25, -0.75];
const gradOf = (x: ArrayLike<number>, offset: number) =>
  Float64Array.from(x, (v, i) => v - target[i + offset]!);

describe('optimizer kernels', () => {
  it.each(all)('%s: a list of params steps exactly like one concatenated array', (_n, make) => {
    const whole = Float64Array.of(1, 2, 3, 4, 5);
    const a = whole.slice(0, 2);
    const b = whole.slice(2);
    const o1 = make();
    const o2 = make();
    const s1 = o1.init(whole);
    const s2 = o2.init([a, b]);
    for (let k = 0; k < 20; k++) {
      o1.step(whole, gradOf(whole, 0), s1);
      o2.step([a, b], [gradOf(a, 0), gradOf(b, 2)], s2);
    }
    expect([...a, ...b]).toEqual(Array.from(whole));
  });

  it.each(all)('%s: Float32 params track the Float64 run to float32 precision', (_n, make) => {
    const x64 = Float64Array.of(1, 2, 3, 4, 5);
    const x32 = Float32Array.of(1, 2, 3, 4, 5);
    const o = make();
    const s64 = o.init(x64);
    const s32 = o.init(x32);
    for (let k = 0; k < 20; k++) {
      o.step(x64, gradOf(x64, 0), s64);
      o.step(x32, Float32Array.from(gradOf(x32, 0)), s32);
    }
    for (let i = 0; i < 5; i++)
      expect(Math.abs(x32[i]! - x64[i]!)).toBeLessThan(1e-5 * (1 + Math.abs(x64[i]!)));
    expect(Object.values(s32.buffers).flat()[0]).toBeInstanceOf(Float32Array);
  });

  it.each([
    ['sgd', (m: boolean) => sgd({ lr: 0.1, momentum: 0.9, maximize: m })],
    ['adagrad', (m: boolean) => adagrad({ maximize: m })],
    ['rmsprop', (m: boolean) => rmsprop({ maximize: m })],
    ['adam', (m: boolean) => adam({ maximize: m })],
    ['adamax', (m: boolean) => adamax({ maximize: m })],
    ['adadelta', (m: boolean) => adadelta({ maximize: m })],
  ] as const)('%s({ maximize: true }) on g equals the plain optimizer on -g', (_n, make) => {
    const a = Float64Array.of(1, -2);
    const b = a.slice();
    const up = make(true);
    const down = make(false);
    const sa = up.init(a);
    const sb = down.init(b);
    for (let k = 0; k < 10; k++) {
      up.step(
        a,
        Float64Array.from(a, (v) => Math.sin(v)),
        sa,
      );
      down.step(
        b,
        Float64Array.from(b, (v) => -Math.sin(v)),
        sb,
      );
    }
    expect(Array.from(a)).toEqual(Array.from(b));
  });

  it('sgd without momentum keeps no buffers; with momentum the first step uses the raw gradient (no dampening)', () => {
    expect(sgd({ lr: 0.1 }).init(new Float64Array(2)).buffers).toEqual({});
    const x = Float64Array.of(0);
    const opt = sgd({ lr: 1, momentum: 0.9, dampening: 0.5 });
    const s = opt.init(x);
    opt.step(x, Float64Array.of(1), s);
    expect(x[0]).toBe(-1);
    opt.step(x, Float64Array.of(1), s); // b = 0.9 * 1 + 0.5 * 1
    expect(x[0]).toBeCloseTo(-2.4, 15);
  });

  it.each([1, 4, 7, 9])(
    'sgd({ lr, momentum }) on %d entries matches the torch recurrence exactly (unrolled path and tail)',
    (n) => {
      const x = Float64Array.from({ length: n }, (_, i) => Math.sin(i + 1));
      const ref = x.slice();
      const buf = new Float64Array(n);
      const opt = sgd({ lr: 0.05, momentum: 0.9 });
      const s = opt.init(x);
      for (let k = 0; k < 6; k++) {
        const g = Float64Array.from(x, (v) => v * v - 0.3);
        const gr = Float64Array.from(ref, (v) => v * v - 0.3);
        opt.step(x, g, s);
        for (let j = 0; j < n; j++) {
          buf[j] = k === 0 ? gr[j]! : 0.9 * buf[j]! + gr[j]!;
          ref[j] = ref[j]! - 0.05 * buf[j]!;
        }
        expect(Array.from(x)).toEqual(Array.from(ref));
      }
    },
  );

  it('optimizers expose their resolved options with torch defaults', () => {
    expect(adam().options).toEqual({
      lr: 1e-3,
      betas: [0.9, 0.999],
      eps: 1e-8,
      weightDecay: 0,
      amsgrad: false,
      maximize: false,
    });
    expect(adamw().options.weightDecay).toBe(1e-2);
    expect(adagrad().options).toMatchObject({
      lr: 1e-2,
      lrDecay: 0,
      initialAccumulatorValue: 0,
      eps: 1e-10,
    });
    expect(rmsprop().options).toMatchObject({
      lr: 1e-2,
      alpha: 0.99,
      eps: 1e-8,
      momentum: 0,
      centered: false,
    });
    expect(adamax().options).toMatchObject({ lr: 2e-3, eps: 1e-8 });
    expect(nadam().options).toMatchObject({
      lr: 2e-3,
      momentumDecay: 4e-3,
      muProductNext: 'torch-1.13',
    });
    expect(radam().options).toMatchObject({ lr: 1e-3, eps: 1e-8 });
    expect(adadelta().options).toMatchObject({ lr: 1, rho: 0.9, eps: 1e-6 });
  });

  it("nadam({ muProductNext: 'corrected' }) differs from 1.13's from the first step", () => {
    const a = Float64Array.of(1);
    const b = Float64Array.of(1);
    const o1 = nadam({ lr: 0.1 });
    const o2 = nadam({ lr: 0.1, muProductNext: 'corrected' });
    o1.step(a, Float64Array.of(1), o1.init(a));
    o2.step(b, Float64Array.of(1), o2.init(b));
    expect(a[0]).not.toBe(b[0]);
  });
});
