import { describe, expect, it } from 'vitest';
import {
  constantSchedule,
  cosineSchedule,
  exponentialSchedule,
  linearDecay,
  linearWarmup,
  sgd,
  stepSchedule,
} from '../src/index.js';

describe('learning-rate schedules (t = steps already taken)', () => {
  it('constantSchedule(0.1) is 0.1 at every step', () => {
    const s = constantSchedule(0.1);
    expect([0, 1, 1000].map(s)).toEqual([0.1, 0.1, 0.1]);
  });

  it('stepSchedule({ lr: 1, stepSize: 3, gamma: 0.5 }) halves every 3 steps (torch StepLR)', () => {
    const s = stepSchedule({ lr: 1, stepSize: 3, gamma: 0.5 });
    expect([0, 1, 2, 3, 5, 6, 9].map(s)).toEqual([1, 1, 1, 0.5, 0.5, 0.25, 0.125]);
  });

  it('exponentialSchedule({ lr: 2, gamma: 0.9 }) is 2 * 0.9^t', () => {
    const s = exponentialSchedule({ lr: 2, gamma: 0.9 });
    expect(s(0)).toBe(2);
    expect(s(5)).toBeCloseTo(2 * 0.9 ** 5, 15);
  });

  it('cosineSchedule({ lr: 1, tMax: 10, etaMin: 0.1 }) goes from lr to etaMin along half a cosine, then holds', () => {
    const s = cosineSchedule({ lr: 1, tMax: 10, etaMin: 0.1 });
    expect(s(0)).toBe(1);
    expect(s(5)).toBeCloseTo(0.55, 15);
    expect(s(10)).toBe(0.1);
    expect(s(50)).toBe(0.1);
  });

  it('linearWarmup({ lr: 0.3, warmupSteps: 3, startFactor: 0 }) ramps 0, 0.1, 0.2, then 0.3 or the next schedule', () => {
    const s = linearWarmup({ lr: 0.3, warmupSteps: 3, startFactor: 0 });
    expect([0, 1, 2, 3, 10].map(s).map((v) => Number(v.toFixed(15)))).toEqual([
      0, 0.1, 0.2, 0.3, 0.3,
    ]);
    const chained = linearWarmup({
      lr: 1,
      warmupSteps: 2,
      after: exponentialSchedule({ lr: 1, gamma: 0.5 }),
    });
    expect(chained(2)).toBe(1);
    expect(chained(3)).toBe(0.5);
  });

  it('linearWarmup defaults to torch LinearLR: startFactor 1/3 over 5 steps', () => {
    const s = linearWarmup({ lr: 3 });
    expect(s(0)).toBeCloseTo(1, 15);
    expect(s(5)).toBe(3);
  });

  it('linearDecay({ lr0: 1, tau: 100 }) is the book 8.14: linear to eps_tau = 1% at tau, then constant', () => {
    const s = linearDecay({ lr0: 1, tau: 100 });
    expect(s(0)).toBe(1);
    expect(s(50)).toBeCloseTo(0.505, 15);
    expect(s(100)).toBe(0.01);
    expect(s(1000)).toBe(0.01);
    expect(linearDecay({ lr0: 1, tau: 4, lrTau: 0.2 })(2)).toBeCloseTo(0.6, 15);
  });

  it('sgd({ lr: schedule }) uses the schedule value of each step', () => {
    const x = Float64Array.of(0);
    const opt = sgd({ lr: stepSchedule({ lr: 1, stepSize: 1, gamma: 0.5 }) });
    const s = opt.init(x);
    for (let k = 0; k < 4; k++) opt.step(x, Float64Array.of(-1), s);
    expect(x[0]).toBe(1 + 0.5 + 0.25 + 0.125);
  });
});
