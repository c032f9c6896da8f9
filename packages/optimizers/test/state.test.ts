import { describe, expect, it } from 'vitest';
import {
  adadelta,
  adagrad,
  adam,
  adamax,
  adamw,
  cloneState,
  coordinateDescent,
  ema,
  type GradientFunction,
  lineSearchDescent,
  minimize,
  nadam,
  nesterovBook,
  newton,
  type Optimizer,
  type OptimizerState,
  polyak,
  quadratic,
  radam,
  rmsprop,
  rmspropBook,
  rmspropNesterovBook,
  rosenbrock,
  sgd,
  stateFromJSON,
  stateToJSON,
} from '../src/index.js';

const f = rosenbrock();
const grad = (x: Float64Array) => f.gradient(x);

// Two param arrays (one Float32) so that lists and both dtypes go through the round-trip.
function makeParams() {
  return [Float64Array.of(-1.5, 2), Float32Array.of(0.5, -0.25, 1)];
}
function gradsOf(ps: (Float64Array | Float32Array)[]) {
  const a = ps[0] as Float64Array;
  const b = ps[1]!;
  return [grad(a), Float32Array.from(b, (v) => 2 * v)];
}

const gradientOptimizers: [string, Optimizer][] = [
  ['sgd (momentum, nesterov)', sgd({ lr: 1e-4, momentum: 0.9, nesterov: true })],
  ['sgd (dampening, wd)', sgd({ lr: 1e-4, momentum: 0.5, dampening: 0.3, weightDecay: 0.1 })],
  ['adagrad', adagrad({ lr: 0.05, lrDecay: 0.01 })],
  ['rmsprop (centered, momentum)', rmsprop({ lr: 1e-3, centered: true, momentum: 0.5 })],
  ['adam (amsgrad)', adam({ lr: 0.01, amsgrad: true })],
  ['adamw', adamw({ lr: 0.01 })],
  ['adamax', adamax({ lr: 0.01 })],
  ['nadam', nadam({ lr: 0.01 })],
  ['radam', radam({ lr: 0.01 })],
  ['adadelta', adadelta()],
  ['rmspropBook', rmspropBook({ lr: 1e-3 })],
  ['polyak(adam)', polyak(adam({ lr: 0.01 }))],
  ['ema(sgd)', ema(sgd({ lr: 1e-4, momentum: 0.9 }), { decay: 0.9 })],
];

function run(
  opt: Optimizer,
  ps: (Float64Array | Float32Array)[],
  state: OptimizerState,
  steps: number,
) {
  for (let k = 0; k < steps; k++) opt.step(ps, gradsOf(ps), state);
}

describe('state round-trip through JSON', () => {
  it.each(gradientOptimizers)(
    '%s: serialize mid-run, restore, continue: identical trajectory',
    (_n, opt) => {
      const a = makeParams();
      const sa = opt.init(a);
      run(opt, a, sa, 10);
      const saved = JSON.stringify(stateToJSON(sa));
      const b = a.map((p) => p.slice());
      const sb = stateFromJSON<OptimizerState>(JSON.parse(saved));
      run(opt, a, sa, 15);
      run(opt, b, sb, 15);
      expect(Array.from(b[0]!)).toEqual(Array.from(a[0]!));
      expect(Array.from(b[1]!)).toEqual(Array.from(a[1]!));
      expect(b[1]).toBeInstanceOf(Float32Array);
      expect(stateToJSON(sb)).toEqual(stateToJSON(sa));
    },
  );

  it('stateFromJSON(stateToJSON(state)) keeps buffer types: Float32 params get Float32 buffers', () => {
    const s = adam().init([new Float64Array(2), new Float32Array(3)]);
    const back = stateFromJSON<OptimizerState>(JSON.parse(JSON.stringify(stateToJSON(s))));
    expect(back.buffers['expAvg']![0]).toBeInstanceOf(Float64Array);
    expect(back.buffers['expAvg']![1]).toBeInstanceOf(Float32Array);
  });

  it('stateToJSON survives non-finite numbers of a diverged run', () => {
    const s: OptimizerState = {
      step: 1,
      buffers: { b: [Float64Array.of(Number.NaN, Infinity, -Infinity, 1)] },
      scalars: { x: Number.NaN },
    };
    const back = stateFromJSON<OptimizerState>(JSON.parse(JSON.stringify(stateToJSON(s))));
    expect(Array.from(back.buffers['b']![0]!)).toEqual([Number.NaN, Infinity, -Infinity, 1]);
    expect(back.scalars['x']).toBeNaN();
  });

  it('stateFromJSON rejects an unknown typed-array tag, naming the allowed ones', () => {
    expect(() => stateFromJSON({ $typed: 'Int8Array', values: [1] })).toThrow(
      /allowed: Float64Array, Float32Array/,
    );
  });

  it('cloneState copies buffers: stepping the original leaves the clone unchanged', () => {
    const x = Float64Array.of(1, 2);
    const opt = adam({ lr: 0.1 });
    const s = opt.init(x);
    opt.step(x, Float64Array.of(1, 1), s);
    const c = cloneState(s);
    opt.step(x, Float64Array.of(1, 1), s);
    expect(c.step).toBe(1);
    expect(c.buffers['expAvg']![0]![0]).toBeCloseTo(0.1, 15);
  });

  it.each([
    ['nesterovBook', nesterovBook({ lr: 1e-4, momentum: 0.9 })],
    ['rmspropNesterovBook', rmspropNesterovBook({ lr: 1e-3 })],
    ['polyak(nesterovBook)', polyak(nesterovBook({ lr: 1e-4 }))],
  ] as const)(
    '%s (look-ahead): serialize mid-run, restore, continue: identical trajectory',
    (_n, opt) => {
      const g: GradientFunction = (p, out) => {
        f.gradient(p as Float64Array, out as Float64Array);
      };
      const a = Float64Array.of(-1.5, 2);
      const sa = opt.init(a);
      for (let k = 0; k < 10; k++) opt.step(a, g, sa);
      const b = a.slice();
      const sb = stateFromJSON<OptimizerState>(JSON.parse(JSON.stringify(stateToJSON(sa))));
      for (let k = 0; k < 10; k++) {
        opt.step(a, g, sa);
        opt.step(b, g, sb);
      }
      expect(Array.from(b)).toEqual(Array.from(a));
    },
  );

  it.each([
    ['coordinateDescent', coordinateDescent()],
    ['newton', newton()],
    ['lineSearchDescent', lineSearchDescent()],
  ] as const)(
    '%s: minimize with recordState gives JSON states that restore and continue identically',
    (_n, method) => {
      const q = quadratic([3, 1, 1, 2], [1, 1]);
      const full = minimize(q, method, { x0: [2, -3], steps: 6, recordState: true });
      expect(full.states!.length).toBe(6);
      const x = Float64Array.from(full.positions[3]!);
      const s = stateFromJSON<OptimizerState>(JSON.parse(JSON.stringify(full.states![2])));
      for (let k = 3; k < 6; k++) method.step(x, q, s);
      expect(Array.from(x)).toEqual(full.positions[6]);
    },
  );
});
