import type { ParamSpec } from './paramSpec.js';

/** What a spec allows, in words, e.g. "a number from 0.001 to 1" or "one of sgd, adam". */
export function describeRange(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'number':
      return `a number from ${spec.min} to ${spec.max}`;
    case 'integer':
      return `an integer from ${spec.min} to ${spec.max}`;
    case 'boolean':
      return 'true or false';
    case 'choice':
      return `one of ${spec.choices.map((c) => c.value).join(', ')}`;
  }
}
