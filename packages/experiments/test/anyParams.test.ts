import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkResult,
  type Experiment,
  experiments,
  type ParamSpec,
  type ParamValue,
  runExperiment,
} from '../src/index.js';

function arbitraryValue(spec: ParamSpec): fc.Arbitrary<ParamValue> {
  switch (spec.kind) {
    case 'number':
      return fc.oneof(
        fc.constantFrom(
          spec.min,
          spec.max,
          spec.default,
          0 >= spec.min && 0 <= spec.max ? 0 : spec.min,
        ),
        fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true }),
      );
    case 'integer':
      return fc.integer({ min: spec.min, max: spec.max });
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...spec.choices.map((c) => c.value));
  }
}

const arbitraryParams = (e: Experiment) =>
  fc.record(Object.fromEntries(Object.entries(e.params).map(([k, s]) => [k, arbitraryValue(s)])));

// Light experiments must give a well-formed, JSON-safe result anywhere in their parameter space.
describe.each(experiments.filter((e) => !e.heavy).map((e) => [e.id, e] as const))(
  '%s',
  (_id, e) => {
    it('run with any valid parameters returns a well-formed, JSON-safe result', async () => {
      await fc.assert(
        fc.asyncProperty(arbitraryParams(e), fc.integer({ min: 0, max: 1000 }), async (p, seed) => {
          const r = await runExperiment(e, p, { seed });
          expect(checkResult(r)).toEqual([]);
          expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        }),
        { numRuns: 25 },
      );
    });
  },
);
