import { describe, expect, it } from 'vitest';
import {
  adadelta,
  adagrad,
  adam,
  adamax,
  adamw,
  nadam,
  type Objective,
  type Optimizer,
  quadratic,
  radam,
  rmsprop,
  rosenbrock,
  sgd,
} from '../src/index.js';
import { loadFixture } from './fixtures.js';

interface Case {
  problem: {
    kind: 'rosenbrock' | 'quadratic';
    start: number[];
    n?: number;
    A?: number[];
    b?: number[];
  };
  optimizer: string;
  options: Record<string, unknown>;
  steps: number;
  loss_before_step: number[];
  params_after_step: number[][];
}
const fixture = loadFixture<{ tolerance: string; cases: Case[] }>('optimizers.json');

// torch's snake_case option names -> dl8's camelCase.
function camel(options: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(options))
    out[k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = v;
  return out;
}

const makers: Record<string, (o: never) => Optimizer> = {
  SGD: sgd,
  Adagrad: adagrad,
  RMSprop: rmsprop,
  Adam: adam,
  AdamW: adamw,
  Adamax: adamax,
  NAdam: nadam,
  RAdam: radam,
  Adadelta: adadelta,
};

function objectiveOf(c: Case): Objective {
  return c.problem.kind === 'rosenbrock' ? rosenbrock() : quadratic(c.problem.A!, c.problem.b!);
}

describe('torch.optim 1.13 fixtures (optimizers.json)', () => {
  it('the file states the tolerance the tests use', () => {
    expect(fixture.tolerance).toContain('1e-9 + 1e-9 * |want|');
    expect(fixture.cases.length).toBe(16);
  });

  it.each(
    fixture.cases.map(
      (c) => [`${c.optimizer} ${JSON.stringify(c.options)} on ${c.problem.kind}`, c] as const,
    ),
  )('%s matches every step and coordinate to 1e-9 + 1e-9 |want|', (_label, c) => {
    const make = makers[c.optimizer];
    expect(make, `no dl8 optimizer for ${c.optimizer}`).toBeDefined();
    const opt = make!(camel(c.options) as never);
    const f = objectiveOf(c);
    const x = Float64Array.from(c.problem.start);
    const g = new Float64Array(x.length);
    const state = opt.init(x);
    for (let k = 0; k < c.steps; k++) {
      const loss = f.value(x);
      expect(Math.abs(loss - c.loss_before_step[k]!)).toBeLessThanOrEqual(
        1e-9 + 1e-9 * Math.abs(c.loss_before_step[k]!),
      );
      f.gradient(x, g);
      opt.step(x, g, state);
      const want = c.params_after_step[k]!;
      for (let j = 0; j < want.length; j++) {
        const err = Math.abs(x[j]! - want[j]!);
        if (err > 1e-9 + 1e-9 * Math.abs(want[j]!)) {
          throw new Error(
            `step ${k + 1}, coordinate ${j}: got ${x[j]}, want ${want[j]} (error ${err})`,
          );
        }
      }
    }
  });
});
