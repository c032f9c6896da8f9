import { isParam, paramAt, paramCount, zerosLike } from './params.js';
import type { GradientFunction, OptimizerState, Param, Params } from './types.js';

interface Scratch {
  point: Params;
  grad: Params;
}

// Work arrays for look-ahead methods, kept beside (not inside) the plain state so it serializes clean.
const cache = new WeakMap<OptimizerState, Scratch>();

function fits(s: Scratch, params: Params): boolean {
  if (isParam(params) !== isParam(s.point) || paramCount(params) !== paramCount(s.point))
    return false;
  for (let i = 0; i < paramCount(params); i++) {
    const p = paramAt(params, i);
    const q = paramAt(s.point, i);
    if (p.length !== q.length || p.constructor !== q.constructor) return false;
  }
  return true;
}

/** Work arrays shaped like `params` for this state (allocated on first use, then reused). */
export function scratchFor(state: OptimizerState, params: Params): Scratch {
  let s = cache.get(state);
  if (s === undefined || !fits(s, params)) {
    const point: Param[] = zerosLike(params);
    const grad: Param[] = zerosLike(params);
    s = isParam(params) ? { point: point[0]!, grad: grad[0]! } : { point, grad };
    cache.set(state, s);
  }
  return s;
}

/** Fills the scratch point with theta + alpha v and asks `gradient` for the gradient there. */
export function gradientAtLookahead(
  params: Params,
  velocity: readonly Param[],
  alpha: number,
  gradient: GradientFunction,
  s: Scratch,
): void {
  for (let i = 0; i < paramCount(params); i++) {
    const p = paramAt(params, i);
    const v = velocity[i]!;
    const q = paramAt(s.point, i);
    for (let j = 0; j < p.length; j++) q[j] = p[j]! + alpha * v[j]!;
  }
  gradient(s.point, s.grad);
}
