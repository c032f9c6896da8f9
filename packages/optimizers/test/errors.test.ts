import { describe, expect, it } from 'vitest';
import {
  adadelta,
  adagrad,
  adam,
  adamax,
  adamw,
  blockCoordinateDescent,
  coordinateDescent,
  cosineSchedule,
  ema,
  lassoCoordinateDescent,
  lassoProblem,
  linearDecay,
  minimize,
  minimizeScalar,
  nadam,
  OptimizerInputError,
  OptimizerOptionError,
  polyak,
  quadratic,
  radam,
  rmsprop,
  rmspropBook,
  saddle,
  sgd,
  solveLinear,
  stepSchedule,
} from '../src/index.js';

describe('invalid hyper-parameters are rejected as torch does, naming the option and range', () => {
  it.each([
    ['sgd({ lr: -1 })', () => sgd({ lr: -1 }), 'lr', /SGD: invalid lr -1: must be >= 0/],
    ['sgd({}) without lr', () => sgd({} as never), 'lr', /SGD: lr is required/],
    ['sgd({ lr: NaN })', () => sgd({ lr: Number.NaN }), 'lr', /must be >= 0/],
    [
      'sgd({ momentum: -0.1 })',
      () => sgd({ lr: 0.1, momentum: -0.1 }),
      'momentum',
      /momentum -0.1: must be >= 0/,
    ],
    [
      'sgd({ weightDecay: -1 })',
      () => sgd({ lr: 0.1, weightDecay: -1 }),
      'weightDecay',
      /weightDecay -1/,
    ],
    [
      'sgd nesterov without momentum',
      () => sgd({ lr: 0.1, nesterov: true }),
      'nesterov',
      /nesterov requires momentum > 0 and dampening = 0/,
    ],
    [
      'sgd nesterov with dampening',
      () => sgd({ lr: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true }),
      'nesterov',
      /dampening 0.1/,
    ],
    [
      'adam({ betas: [1, 0.999] })',
      () => adam({ betas: [1, 0.999] }),
      'betas[0]',
      /Adam: invalid betas\[0\] 1: must be in \[0, 1\)/,
    ],
    [
      'adam({ betas: [0.9, -0.1] })',
      () => adam({ betas: [0.9, -0.1] }),
      'betas[1]',
      /betas\[1\] -0.1: must be in \[0, 1\)/,
    ],
    ['adam({ eps: -1e-8 })', () => adam({ eps: -1e-8 }), 'eps', /eps -1e-8: must be >= 0/],
    ['adam({ lr: -0.001 })', () => adam({ lr: -0.001 }), 'lr', /Adam: invalid lr/],
    [
      'adamw({ weightDecay: -0.01 })',
      () => adamw({ weightDecay: -0.01 }),
      'weightDecay',
      /AdamW: invalid weightDecay/,
    ],
    ['adamax({ betas: [0.9, 1] })', () => adamax({ betas: [0.9, 1] }), 'betas[1]', /Adamax/],
    [
      'nadam({ momentumDecay: -1 })',
      () => nadam({ momentumDecay: -1 }),
      'momentumDecay',
      /NAdam: invalid momentumDecay -1/,
    ],
    [
      'nadam({ muProductNext: "x" })',
      () => nadam({ muProductNext: 'x' as never }),
      'muProductNext',
      /'torch-1.13' or 'corrected'/,
    ],
    ['radam({ betas: [-0.1, 0.9] })', () => radam({ betas: [-0.1, 0.9] }), 'betas[0]', /RAdam/],
    [
      'adagrad({ lrDecay: -1 })',
      () => adagrad({ lrDecay: -1 }),
      'lrDecay',
      /Adagrad: invalid lrDecay/,
    ],
    [
      'adagrad({ initialAccumulatorValue: -1 })',
      () => adagrad({ initialAccumulatorValue: -1 }),
      'initialAccumulatorValue',
      /initialAccumulatorValue -1/,
    ],
    [
      'rmsprop({ alpha: -0.5 })',
      () => rmsprop({ alpha: -0.5 }),
      'alpha',
      /RMSprop: invalid alpha -0.5: must be >= 0/,
    ],
    ['rmsprop({ momentum: -1 })', () => rmsprop({ momentum: -1 }), 'momentum', /RMSprop/],
    [
      'adadelta({ rho: 1.5 })',
      () => adadelta({ rho: 1.5 }),
      'rho',
      /Adadelta: invalid rho 1.5: must be in \[0, 1\]/,
    ],
    [
      'rmspropBook({ delta: -1 })',
      () => rmspropBook({ delta: -1 }),
      'delta',
      /rmspropBook: invalid delta/,
    ],
    [
      'polyak(adam(), { start: -1 })',
      () => polyak(adam(), { start: -1 }),
      'start',
      /polyak: invalid start/,
    ],
    [
      'ema(adam(), { decay: 2 })',
      () => ema(adam(), { decay: 2 }),
      'decay',
      /ema: invalid decay 2: must be in \[0, 1\]/,
    ],
    [
      'stepSchedule({ stepSize: 0 })',
      () => stepSchedule({ lr: 1, stepSize: 0 }),
      'stepSize',
      /integer >= 1/,
    ],
    [
      'cosineSchedule({ etaMin > lr })',
      () => cosineSchedule({ lr: 0.1, tMax: 10, etaMin: 1 }),
      'etaMin',
      /must be <= lr/,
    ],
    ['linearDecay({ tau: 1.5 })', () => linearDecay({ lr0: 0.1, tau: 1.5 }), 'tau', /integer >= 1/],
    [
      'coordinateDescent({ order: "zigzag" })',
      () => coordinateDescent({ order: 'zigzag' as never }),
      'order',
      /'cyclic', 'random' or 'greedy'/,
    ],
    [
      'coordinateDescent({ order: "random" }) without rng',
      () => coordinateDescent({ order: 'random' }),
      'rng',
      /needs an injected rng/,
    ],
    [
      'blockCoordinateDescent({ groups: [] })',
      () => blockCoordinateDescent({ groups: [] }),
      'groups',
      /non-empty/,
    ],
    [
      'minimizeScalar({ method: "newton" })',
      () => minimizeScalar((x) => x * x, { method: 'newton' as never }),
      'method',
      /'brent' or 'golden'/,
    ],
  ])('%s throws OptimizerOptionError', (_label, make, option, message) => {
    let error: unknown;
    try {
      make();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OptimizerOptionError);
    expect((error as OptimizerOptionError).option).toBe(option);
    expect((error as Error).message).toMatch(message);
  });

  it('a schedule that goes negative is rejected at the step, naming the step', () => {
    const opt = sgd({ lr: (t) => 0.1 - t });
    const x = Float64Array.of(1);
    const s = opt.init(x);
    opt.step(x, Float64Array.of(1), s);
    expect(() => opt.step(x, Float64Array.of(1), s)).toThrow(
      /schedule gave lr -0.9 at step 1: must be >= 0/,
    );
  });
});

describe('mismatched inputs throw OptimizerInputError', () => {
  it('step with a gradient of the wrong length names both lengths', () => {
    const opt = adam();
    const x = new Float64Array(3);
    const s = opt.init(x);
    expect(() => opt.step(x, new Float64Array(2), s)).toThrow(OptimizerInputError);
    expect(() => opt.step(x, new Float64Array(2), s)).toThrow(
      /gradient 0 has length 2 but param 0 has length 3/,
    );
  });

  it('step with a different number of gradient arrays names both counts', () => {
    const opt = sgd({ lr: 0.1 });
    const ps = [new Float64Array(2), new Float64Array(2)];
    expect(() => opt.step(ps, [new Float64Array(2)], opt.init(ps))).toThrow(
      /got 1 gradient arrays for 2 param arrays/,
    );
  });

  it('step with state made for other params says so', () => {
    const opt = adam();
    const s = opt.init(new Float64Array(2));
    expect(() => opt.step(new Float64Array(3), new Float64Array(3), s)).toThrow(
      /state buffer 'expAvg'\[0\] has length 2 but param 0 has length 3/,
    );
  });

  it('minimize with x0 of the wrong length names the dimension', () => {
    expect(() => minimize(saddle(), sgd({ lr: 0.1 }), { x0: [1, 2, 3] })).toThrow(
      /x0 has length 3; saddle takes 2/,
    );
  });

  it('exact coordinate descent on the saddle reports that the coordinate has no minimum', () => {
    expect(() => minimize(saddle(), coordinateDescent(), { x0: [1, 1], steps: 1 })).toThrow(
      /A\[1\]\[1\] = -2 <= 0/,
    );
  });

  it('solveLinear rejects a singular matrix', () => {
    expect(() => solveLinear([1, 2, 2, 4], [1, 1])).toThrow(/singular/);
  });

  it('minimizeScalar on an unbounded function reports it', () => {
    expect(() => minimizeScalar((x) => -x)).toThrow(/unbounded below/);
  });

  it('blockCoordinateDescent rejects an index outside the point', () => {
    const q = quadratic([1, 0, 0, 1], [0, 0]);
    expect(() => minimize(q, blockCoordinateDescent({ groups: [[0, 2]] }), { x0: [1, 1] })).toThrow(
      /index 2 is not a coordinate of a 2-dimensional point/,
    );
  });

  it('lassoCoordinateDescent rejects X that does not fit y', () => {
    expect(() => lassoProblem([1, 2, 3], [1, 2], 0.1)).toThrow(/not a multiple of n = 2/);
    expect(() => lassoCoordinateDescent(lassoProblem([1, 2], [1, 2], 0.1), { w0: [1, 2] })).toThrow(
      /w0 has length 2; X has 1 columns/,
    );
  });
});
