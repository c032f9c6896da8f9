import { didYouMean } from '../suggest.js';
import { describeRange } from './describeRange.js';
import type { ParamSchema, ParamSpec } from './paramSpec.js';

/** The outcome of `validate`: the complete parameter set, or every problem found. */
export type ValidationResult<P> = { ok: true; value: P } | { ok: false; errors: string[] };

function problem(spec: ParamSpec, key: string, value: unknown): string | undefined {
  const allowed = `(allowed: ${describeRange(spec)})`;
  switch (spec.kind) {
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return `${key}: expected ${describeRange(spec)}, got ${JSON.stringify(value) ?? String(value)}`;
      }
      if (spec.kind === 'integer' && !Number.isInteger(value)) {
        return `${key}: ${value} is not an integer ${allowed}`;
      }
      if (value < spec.min) return `${key}: ${value} is below the minimum ${spec.min} ${allowed}`;
      if (value > spec.max) return `${key}: ${value} is above the maximum ${spec.max} ${allowed}`;
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean'
        ? undefined
        : `${key}: expected true or false, got ${JSON.stringify(value) ?? String(value)}`;
    case 'choice':
      return spec.choices.some((c) => c.value === value)
        ? undefined
        : `${key}: ${JSON.stringify(value) ?? String(value)} is not ${describeRange(spec)}`;
  }
}

/**
 * Check a (possibly partial) parameter set against a schema. Missing keys take their defaults;
 * unknown keys, wrong types and out-of-range values are all reported at once, each naming
 * what is allowed.
 */
export function validate<P>(
  schema: ParamSchema<P>,
  values: Readonly<Record<string, unknown>>,
): ValidationResult<P> {
  const keys = Object.keys(schema) as (keyof P & string)[];
  const errors: string[] = [];
  for (const key of Object.keys(values)) {
    if (!Object.hasOwn(schema, key)) {
      const hint = didYouMean(key, keys);
      errors.push(
        `unknown parameter "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}; known: ${keys.join(', ')}`,
      );
    }
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const spec = schema[key];
    const value = Object.hasOwn(values, key) ? values[key] : spec.default;
    const bad = problem(spec, key, value);
    if (bad) errors.push(bad);
    out[key] = value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out as P };
}
