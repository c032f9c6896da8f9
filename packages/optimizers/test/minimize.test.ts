import { describe, expect, it } from 'vitest';
import { adam, coupledQuadratic, minimize, newton, rosenbrock, sgd } from '../src/index.js';

describe('minimize(objective, method, options)', () => {
  it('returns positions, losses and gradient norms for x0 and after every step', () => {
    const f = rosenbrock();
    const t = minimize(f, adam({ lr: 0.01 }), { x0: [-1.5, 2], steps: 25 });
    expect(t.steps).toBe(25);
    expect(t.positions.length).toBe(26);
    expect(t.losses.length).toBe(26);
    expect(t.gradNorms.length).toBe(26);
    expect(t.positions[0]).toEqual([-1.5, 2]);
    expect(t.losses[0]).toBe(12.5);
    t.positions.forEach((p, k) => {
      expect(t.losses[k]).toBe(f.value(Float64Array.from(p)));
    });
    expect(t.positions[25]).toEqual(Array.from(t.x));
    expect(t.stopped).toBe('steps');
    expect(t.states).toBeUndefined();
    expect(t.method).toBe('Adam');
    expect(t.objective).toBe('rosenbrock');
  });

  it('stops at the tolerance on the gradient norm', () => {
    const t = minimize(coupledQuadratic(1), sgd({ lr: 0.1 }), {
      x0: [1, -1],
      steps: 10_000,
      tolerance: 1e-6,
    });
    expect(t.stopped).toBe('tolerance');
    expect(t.gradNorms.at(-1)!).toBeLessThanOrEqual(1e-6);
    expect(t.gradNorms.at(-2)!).toBeGreaterThan(1e-6);
  });

  it('stops when the signal is aborted, returning the steps taken so far', () => {
    const controller = new AbortController();
    const t = minimize(rosenbrock(), sgd({ lr: 1e-4 }), {
      x0: [-1.5, 2],
      steps: 100,
      signal: controller.signal,
      onStep: ({ step }) => {
        if (step === 7) controller.abort();
      },
    });
    expect(t.stopped).toBe('aborted');
    expect(t.steps).toBe(7);
  });

  it('marks a run whose loss stops being finite as diverged', () => {
    const t = minimize(rosenbrock(), sgd({ lr: 1 }), { x0: [-1.5, 2], steps: 100 });
    expect(t.stopped).toBe('diverged');
    expect(t.steps).toBeLessThan(100);
  });

  it('calls onStep after every step with the step number, loss and gradient norm', () => {
    const seen: number[] = [];
    const t = minimize(coupledQuadratic(0.5), newton(), {
      x0: [1, 2],
      steps: 3,
      onStep: (s) => seen.push(s.step, s.loss),
    });
    expect(seen).toEqual([1, t.losses[1], 2, t.losses[2], 3, t.losses[3]]);
  });

  it('records a JSON state after every step when recordState is set', () => {
    const t = minimize(rosenbrock(), adam({ lr: 0.01 }), {
      x0: [-1.5, 2],
      steps: 3,
      recordState: true,
    });
    expect(t.states!.length).toBe(3);
    expect(JSON.parse(JSON.stringify(t.states![2]))).toMatchObject({ step: 3 });
  });

  it('steps: 0 returns just the start', () => {
    const t = minimize(rosenbrock(), adam(), { x0: [0, 0], steps: 0 });
    expect(t.positions).toEqual([[0, 0]]);
  });
});
