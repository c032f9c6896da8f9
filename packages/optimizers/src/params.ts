import { OptimizerInputError } from './errors.js';
import type { Param, Params } from './types.js';

/** True when `p` is a single typed array rather than a list of them. */
export function isParam(p: Params): p is Param {
  return ArrayBuffer.isView(p);
}

/** Number of parameter arrays in `p`. */
export function paramCount(p: Params): number {
  return isParam(p) ? 1 : p.length;
}

/** The i-th parameter array of `p` (a single array is its own 0-th). */
export function paramAt(p: Params, i: number): Param {
  return isParam(p) ? p : p[i]!;
}

/** Throws unless `grads` matches `params` in count and in every length (allocation-free). */
export function checkGrads(name: string, params: Params, grads: Params): void {
  const n = paramCount(params);
  if (paramCount(grads) !== n) {
    throw new OptimizerInputError(
      `${name}: got ${paramCount(grads)} gradient arrays for ${n} param arrays; they must match`,
    );
  }
  for (let i = 0; i < n; i++) {
    const p = paramAt(params, i);
    const g = paramAt(grads, i);
    if (!(p instanceof Float64Array || p instanceof Float32Array)) {
      throw new OptimizerInputError(`${name}: param ${i} must be a Float64Array or Float32Array`);
    }
    if (g.length !== p.length) {
      throw new OptimizerInputError(
        `${name}: gradient ${i} has length ${g.length} but param ${i} has length ${p.length}`,
      );
    }
  }
}

/** Throws unless `state.buffers[key]` holds one array per param with matching lengths. */
export function checkBuffers(
  name: string,
  params: Params,
  buffers: readonly Param[] | undefined,
  key: string,
): void {
  const n = paramCount(params);
  if (buffers === undefined || buffers.length !== n) {
    throw new OptimizerInputError(
      `${name}: state buffer '${key}' has ${buffers?.length ?? 0} arrays for ${n} params; was the state made by this optimizer's init for these params?`,
    );
  }
  for (let i = 0; i < n; i++) {
    if (buffers[i]!.length !== paramAt(params, i).length) {
      throw new OptimizerInputError(
        `${name}: state buffer '${key}'[${i}] has length ${buffers[i]!.length} but param ${i} has length ${paramAt(params, i).length}`,
      );
    }
  }
}

/** New zero-filled arrays, one per param, of the param's own type (Float32 stays Float32). */
export function zerosLike(params: Params, fill = 0): Param[] {
  const out: Param[] = [];
  for (let i = 0; i < paramCount(params); i++) {
    const p = paramAt(params, i);
    const z = p instanceof Float32Array ? new Float32Array(p.length) : new Float64Array(p.length);
    if (fill !== 0) z.fill(fill);
    out.push(z);
  }
  return out;
}

/** New copies of every param array. */
export function copyParams(params: Params): Param[] {
  const out: Param[] = [];
  for (let i = 0; i < paramCount(params); i++) out.push(paramAt(params, i).slice());
  return out;
}
