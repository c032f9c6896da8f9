import { checkBuffers, checkGrads, paramAt, paramCount, zerosLike } from '../params.js';
import type { LearningRate, Optimizer, OptimizerState, Params } from '../types.js';
import { learningRate, lrAt, nonNegative, unitHalfOpen } from '../validate.js';

/** Options of the book's RMSProp (Alg. 8.5): epsilon (lr), decay rho, delta inside the root. */
export interface RmspropBookOptions {
  lr?: LearningRate;
  rho?: number;
  delta?: number;
}

/**
 * Book Alg. 8.5: r = rho r + (1 - rho) g^2; theta -= eps g / sqrt(delta + r), delta = 1e-6
 * INSIDE the root (torch's `rmsprop` adds eps outside it). rho defaults to 0.9 (the book gives none).
 */
export function rmspropBook(
  options: RmspropBookOptions = {},
): Optimizer<Required<RmspropBookOptions>> {
  const o: Required<RmspropBookOptions> = {
    lr: learningRate('rmspropBook', options.lr ?? 1e-3),
    rho: unitHalfOpen('rmspropBook', 'rho', options.rho ?? 0.9),
    delta: nonNegative('rmspropBook', 'delta', options.delta ?? 1e-6),
  };
  const { rho, delta } = o;
  return {
    kind: 'gradient',
    name: 'RMSProp (book Alg. 8.5)',
    options: o,
    init(params: Params): OptimizerState {
      return { step: 0, buffers: { r: zerosLike(params) }, scalars: {} };
    },
    step(params, grads, state) {
      checkGrads('rmspropBook', params, grads);
      const rs = state.buffers['r'];
      checkBuffers('rmspropBook', params, rs, 'r');
      const lr = typeof o.lr === 'number' ? o.lr : lrAt('rmspropBook', o.lr, state.step);
      for (let i = 0; i < paramCount(params); i++) {
        const p = paramAt(params, i);
        const g = paramAt(grads, i);
        const r = rs![i]!;
        for (let j = 0; j < p.length; j++) {
          const gj = g[j]!;
          const rj = rho * r[j]! + (1 - rho) * gj * gj;
          r[j] = rj;
          p[j] = p[j]! - (lr * gj) / Math.sqrt(delta + rj);
        }
      }
      state.step += 1;
      return state;
    },
  };
}
