import { OptimizerInputError } from '../errors.js';
import { checkBuffers, copyParams, isParam, paramAt, paramCount } from '../params.js';
import type { OptimizerState, Param, Params } from '../types.js';
import { nonNegative } from '../validate.js';
import { type AnyOptimizer, wrapOptimizer } from './wrap.js';

/**
 * Polyak averaging (8.7.3): after each step of `inner`, average = arithmetic mean of the iterates
 * theta(start+1) .. theta(t), kept in `state.buffers.average` beside the live params
 * (before any averaged step it holds theta(0)). `start` skips early iterates, like torch ASGD's t0.
 */
export function polyak<T extends AnyOptimizer>(inner: T, options: { start?: number } = {}): T {
  const start = nonNegative('polyak', 'start', options.start ?? 0);
  return wrapOptimizer(
    inner,
    `Polyak(${inner.name})`,
    { start },
    (params, state) => {
      state.buffers['average'] = copyParams(params);
      state.scalars['averageCount'] = 0;
    },
    (params, state) => {
      const avg = state.buffers['average'];
      checkBuffers('polyak', params, avg, 'average');
      if (state.step <= start) {
        for (let i = 0; i < paramCount(params); i++) avg![i]!.set(paramAt(params, i));
        return;
      }
      const n = (state.scalars['averageCount'] ?? 0) + 1;
      state.scalars['averageCount'] = n;
      for (let i = 0; i < paramCount(params); i++) {
        const p = paramAt(params, i);
        const a = avg![i]!;
        // Running mean: a_n = a_{n-1} + (theta - a_{n-1}) / n (a_1 = theta exactly).
        for (let j = 0; j < p.length; j++) a[j] = n === 1 ? p[j]! : a[j]! + (p[j]! - a[j]!) / n;
      }
    },
  );
}

/** The averaged params kept by `polyak` or `ema`: one array, or a list matching the params' layout. */
export function averagedParams(state: OptimizerState, like?: Params): Param | Param[] {
  const avg = state.buffers['average'];
  if (avg === undefined) {
    throw new OptimizerInputError(
      "averagedParams: state has no 'average' buffer; wrap the optimizer in polyak() or ema()",
    );
  }
  return like !== undefined && isParam(like) ? avg[0]! : avg;
}
