import type { ParamSchema } from './paramSpec.js';

/** The parameter set made of every spec's default, in schema order. */
export function defaults<P>(schema: ParamSchema<P>): P {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema) as (keyof P & string)[]) out[key] = schema[key].default;
  return out as P;
}
