import { gradientAtLookahead, scratchFor } from '../lookaheadScratch.js';
import { checkBuffers, paramAt, paramCount, zerosLike } from '../params.js';
import type { LearningRate, LookaheadOptimizer, OptimizerState, Params } from '../types.js';
import { learningRate, lrAt, unitHalfOpen } from '../validate.js';

/** Options of the book's Nesterov momentum (Alg. 8.3): learning rate epsilon and momentum alpha. */
export interface NesterovBookOptions {
  lr?: LearningRate;
  momentum?: number;
}

/**
 * Book Alg. 8.3, Nesterov momentum with the gradient AT the look-ahead point:
 * g = grad f(theta + alpha v); v = alpha v - eps g; theta = theta + v. torch's `nesterov: true`
 * is a rewrite that evaluates the gradient at the current params instead.
 */
export function nesterovBook(
  options: NesterovBookOptions = {},
): LookaheadOptimizer<Required<NesterovBookOptions>> {
  const o: Required<NesterovBookOptions> = {
    lr: learningRate('nesterovBook', options.lr ?? 1e-2),
    momentum: unitHalfOpen('nesterovBook', 'momentum', options.momentum ?? 0.9),
  };
  const alpha = o.momentum;
  return {
    kind: 'lookahead',
    name: 'Nesterov (book Alg. 8.3)',
    options: o,
    init(params: Params): OptimizerState {
      return { step: 0, buffers: { velocity: zerosLike(params) }, scalars: {} };
    },
    step(params, gradient, state) {
      const vel = state.buffers['velocity'];
      checkBuffers('nesterovBook', params, vel, 'velocity');
      const lr = typeof o.lr === 'number' ? o.lr : lrAt('nesterovBook', o.lr, state.step);
      const s = scratchFor(state, params);
      gradientAtLookahead(params, vel!, alpha, gradient, s);
      for (let i = 0; i < paramCount(params); i++) {
        const p = paramAt(params, i);
        const g = paramAt(s.grad, i);
        const v = vel![i]!;
        for (let j = 0; j < p.length; j++) {
          const vj = alpha * v[j]! - lr * g[j]!;
          v[j] = vj;
          p[j] = p[j]! + vj;
        }
      }
      state.step += 1;
      return state;
    },
  };
}
