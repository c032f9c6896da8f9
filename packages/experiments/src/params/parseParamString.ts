import { ParamParseError } from '../errors.js';
import { describeRange } from './describeRange.js';
import type { ParamSpec, ParamValue } from './paramSpec.js';

const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);
// A decimal or exponent literal; rejects what Number() would also accept ('', '0x10', ' ', 'Infinity').
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Read one parameter value from text (a CLI flag or a notes-block line), by the spec's kind.
 * Only the type is checked here; ranges are checked by `validate`. Throws ParamParseError.
 */
export function parseParamString(spec: ParamSpec, key: string, text: string): ParamValue {
  const t = text.trim();
  const fail = (): never => {
    throw new ParamParseError(key, `${key}: cannot read "${text}" as ${describeRange(spec)}`);
  };
  switch (spec.kind) {
    case 'number': {
      if (!NUMBER.test(t)) fail();
      return Number(t);
    }
    case 'integer': {
      if (!NUMBER.test(t)) fail();
      const n = Number(t);
      if (!Number.isInteger(n)) fail();
      return n;
    }
    case 'boolean': {
      const lower = t.toLowerCase();
      if (TRUE.has(lower)) return true;
      if (FALSE.has(lower)) return false;
      return fail();
    }
    case 'choice': {
      const match = spec.choices.find((c) => c.value === t);
      return match ? match.value : fail();
    }
  }
}
