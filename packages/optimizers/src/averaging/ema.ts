import { checkBuffers, copyParams, paramAt, paramCount } from '../params.js';
import { unitClosed } from '../validate.js';
import { type AnyOptimizer, wrapOptimizer } from './wrap.js';

/**
 * Exponential moving average of the iterates (8.7.3, for non-convex problems): after each step of
 * `inner`, average = decay average + (1 - decay) theta, starting from theta(0); kept in
 * `state.buffers.average`. decay 0 tracks the live params; closer to 1 forgets more slowly.
 */
export function ema<T extends AnyOptimizer>(inner: T, options: { decay?: number } = {}): T {
  const decay = unitClosed('ema', 'decay', options.decay ?? 0.999);
  return wrapOptimizer(
    inner,
    `EMA(${inner.name})`,
    { decay },
    (params, state) => {
      state.buffers['average'] = copyParams(params);
    },
    (params, state) => {
      const avg = state.buffers['average'];
      checkBuffers('ema', params, avg, 'average');
      for (let i = 0; i < paramCount(params); i++) {
        const p = paramAt(params, i);
        const a = avg![i]!;
        for (let j = 0; j < p.length; j++) a[j] = decay * a[j]! + (1 - decay) * p[j]!;
      }
    },
  );
}
