import { OptimizerInputError } from './errors.js';

/** JSON-safe value: what `stateToJSON` returns and `stateFromJSON` accepts. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

// Non-finite numbers are not JSON; they are tagged so that a diverged run still round-trips.
function encodeNumber(x: number): JsonValue {
  return Number.isFinite(x) ? x : { $number: String(x) };
}

/**
 * Optimizer (or averaging, or search) state -> plain JSON: typed arrays become
 * `{ $typed: 'Float64Array' | 'Float32Array', values: [...] }`, everything else is copied.
 * Exact: every float64 and float32 value survives `JSON.stringify`/`JSON.parse`.
 */
export function stateToJSON(state: unknown): JsonValue {
  if (state instanceof Float64Array || state instanceof Float32Array) {
    const values: JsonValue[] = new Array(state.length);
    for (let i = 0; i < state.length; i++) values[i] = encodeNumber(state[i]!);
    return { $typed: state instanceof Float32Array ? 'Float32Array' : 'Float64Array', values };
  }
  if (typeof state === 'number') return encodeNumber(state);
  if (state === null || typeof state === 'string' || typeof state === 'boolean') return state;
  if (Array.isArray(state)) return state.map(stateToJSON);
  if (typeof state === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(state)) if (v !== undefined) out[k] = stateToJSON(v);
    return out;
  }
  throw new OptimizerInputError(
    `stateToJSON: cannot serialize a ${typeof state}; state must be plain data`,
  );
}

function decodeNumber(v: { $number: JsonValue }): number {
  const n = Number(v.$number);
  if (Number.isNaN(n) && v.$number !== 'NaN') {
    throw new OptimizerInputError(`stateFromJSON: bad tagged number ${JSON.stringify(v.$number)}`);
  }
  return n;
}

/** Inverse of `stateToJSON`: rebuilds typed arrays, so the restored state continues the run exactly. */
export function stateFromJSON<S = unknown>(json: JsonValue): S {
  return decode(json) as S;
}

function decode(json: JsonValue): unknown {
  if (json === null || typeof json !== 'object') return json;
  if (Array.isArray(json)) return json.map(decode);
  if ('$number' in json) return decodeNumber(json as { $number: JsonValue });
  if ('$typed' in json) {
    const values = json['values'];
    if (!Array.isArray(values))
      throw new OptimizerInputError('stateFromJSON: typed array without values');
    const Ctor =
      json['$typed'] === 'Float32Array'
        ? Float32Array
        : json['$typed'] === 'Float64Array'
          ? Float64Array
          : null;
    if (Ctor === null) {
      throw new OptimizerInputError(
        `stateFromJSON: unknown $typed ${JSON.stringify(json['$typed'])}; allowed: Float64Array, Float32Array`,
      );
    }
    const out = new Ctor(values.length);
    for (let i = 0; i < values.length; i++) out[i] = decode(values[i]!) as number;
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(json)) out[k] = decode(v);
  return out;
}

/** A deep copy of a state (typed arrays copied), e.g. to record it at every step. */
export function cloneState<S>(state: S): S {
  return deepCopy(state) as S;
}

function deepCopy(x: unknown): unknown {
  if (x instanceof Float64Array || x instanceof Float32Array) return x.slice();
  if (Array.isArray(x)) return x.map(deepCopy);
  if (x !== null && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) out[k] = deepCopy(v);
    return out;
  }
  return x;
}
