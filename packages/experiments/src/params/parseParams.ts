import { ParamParseError } from '../errors.js';
import type { ParamSchema } from './paramSpec.js';
import { parseParamString } from './parseParamString.js';
import { type ValidationResult, validate } from './validate.js';

/**
 * Read a parameter set from strings (CLI flags, notes-block lines), fill defaults and validate.
 * Every unreadable value, unknown key and out-of-range value is reported at once.
 */
export function parseParams<P>(
  schema: ParamSchema<P>,
  texts: Readonly<Record<string, string>>,
): ValidationResult<P> {
  const errors: string[] = [];
  const parsed: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(texts)) {
    const spec = Object.hasOwn(schema, key) ? schema[key as keyof P] : undefined;
    if (!spec) {
      parsed[key] = text; // left for validate, which names it as unknown
      continue;
    }
    try {
      parsed[key] = parseParamString(spec, key, text);
    } catch (error) {
      if (!(error instanceof ParamParseError)) throw error;
      errors.push(error.message);
    }
  }
  const checked = validate(schema, parsed);
  if (checked.ok && errors.length === 0) return checked;
  const rangeErrors = checked.ok ? [] : checked.errors;
  return { ok: false, errors: [...errors, ...rangeErrors] };
}
