import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  checkResult,
  defaults,
  type Experiment,
  experiments,
  formatBlock,
  type ParamSpec,
  type ParamValue,
  parseBlock,
  parseParams,
  runExperiment,
  validate,
} from '../src/index.js';

// Heavy experiments take seconds when the machine is busy; they are not timed here.
vi.setConfig({ testTimeout: 60_000 });

function arbitraryValue(spec: ParamSpec): fc.Arbitrary<ParamValue> {
  switch (spec.kind) {
    case 'number':
      return fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true });
    case 'integer':
      return fc.integer({ min: spec.min, max: spec.max });
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...spec.choices.map((c) => c.value));
  }
}

function arbitraryParams(e: Experiment): fc.Arbitrary<Record<string, ParamValue>> {
  const parts: Record<string, fc.Arbitrary<ParamValue>> = {};
  for (const [key, spec] of Object.entries(e.params)) parts[key] = arbitraryValue(spec);
  return fc.record(parts);
}

describe('experiments (the registry)', () => {
  it('experiments have unique kebab-case ids and a section, title and summary', () => {
    const ids = experiments.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of experiments) {
      expect(e.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(e.section).toMatch(/^8\.\d+(\.\d+)?(–8\.\d+)?$/);
      expect(e.title.length).toBeGreaterThan(3);
      expect(e.summary).toMatch(/\.$/);
    }
  });

  it('experiments are listed in chapter order', () => {
    const key = (s: string) => s.split(/[.–]/).map(Number);
    const sections = experiments.map((e) => key(e.section));
    for (let i = 1; i < sections.length; i++) {
      const [a, b] = [sections[i - 1]!, sections[i]!];
      const cmp = a[1]! - b[1]! || (a[2] ?? 0) - (b[2] ?? 0);
      expect(cmp, `${experiments[i - 1]!.id} before ${experiments[i]!.id}`).toBeLessThanOrEqual(0);
    }
  });
});

describe.each(experiments.map((e) => [e.id, e] as const))('%s', (_id, e) => {
  it('params schema is sound: min < max, defaults allowed, log scales positive', () => {
    for (const [key, spec] of Object.entries(e.params)) {
      expect(spec.label, key).not.toBe('');
      expect(spec.help, key).not.toBe('');
      if (spec.kind === 'number' || spec.kind === 'integer') {
        expect(spec.min, key).toBeLessThan(spec.max);
      }
      if (spec.kind === 'number' && spec.scale === 'log') expect(spec.min, key).toBeGreaterThan(0);
      if (spec.kind === 'choice') expect(spec.choices.length, key).toBeGreaterThan(0);
    }
    expect(validate(e.params, defaults(e.params))).toEqual({ ok: true, value: defaults(e.params) });
  });

  it('formatBlock -> parseBlock -> parseParams round-trips any valid parameter set', () => {
    fc.assert(
      fc.property(arbitraryParams(e), (p) => {
        expect(parseParams(e.params, parseBlock(formatBlock(e.id, p)))).toEqual({
          ok: true,
          value: p,
        });
      }),
      { numRuns: 50 },
    );
  });

  it('run at defaults is deterministic, JSON-serializable, well formed, and has a finding', async () => {
    const a = await runExperiment(e, {}, { seed: 0 });
    const b = await runExperiment(e, {}, { seed: 0 });
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(checkResult(a)).toEqual([]);
    expect(a.charts.length).toBeGreaterThan(0);
    const sentence = e.finding(a);
    expect(sentence).toMatch(/\d/);
    expect(sentence).toMatch(/\.$/);
    expect(sentence).not.toContain('\n');
  });
});
