import { gradientAtLookahead, scratchFor } from '../lookaheadScratch.js';
import { checkBuffers, paramAt, paramCount, zerosLike } from '../params.js';
import type { LearningRate, LookaheadOptimizer, OptimizerState, Params } from '../types.js';
import { learningRate, lrAt, nonNegative, unitHalfOpen } from '../validate.js';

/** Options of the book's RMSProp with Nesterov momentum (Alg. 8.6). */
export interface RmspropNesterovBookOptions {
  lr?: LearningRate;
  rho?: number;
  momentum?: number;
  delta?: number;
}

/**
 * Book Alg. 8.6: g = grad f(theta + alpha v); r = rho r + (1 - rho) g^2;
 * v = alpha v - eps g / sqrt(delta + r); theta += v. The book prints no delta here; dl8 puts
 * Alg. 8.5's delta (1e-6) inside the root so a coordinate with zero gradient stays finite (delta 0 = as printed).
 */
export function rmspropNesterovBook(
  options: RmspropNesterovBookOptions = {},
): LookaheadOptimizer<Required<RmspropNesterovBookOptions>> {
  const o: Required<RmspropNesterovBookOptions> = {
    lr: learningRate('rmspropNesterovBook', options.lr ?? 1e-3),
    rho: unitHalfOpen('rmspropNesterovBook', 'rho', options.rho ?? 0.9),
    momentum: unitHalfOpen('rmspropNesterovBook', 'momentum', options.momentum ?? 0.9),
    delta: nonNegative('rmspropNesterovBook', 'delta', options.delta ?? 1e-6),
  };
  const { rho, momentum: alpha, delta } = o;
  return {
    kind: 'lookahead',
    name: 'RMSProp + Nesterov (book Alg. 8.6)',
    options: o,
    init(params: Params): OptimizerState {
      return {
        step: 0,
        buffers: { r: zerosLike(params), velocity: zerosLike(params) },
        scalars: {},
      };
    },
    step(params, gradient, state) {
      const { r: rs, velocity: vel } = state.buffers;
      checkBuffers('rmspropNesterovBook', params, rs, 'r');
      checkBuffers('rmspropNesterovBook', params, vel, 'velocity');
      const lr = typeof o.lr === 'number' ? o.lr : lrAt('rmspropNesterovBook', o.lr, state.step);
      const s = scratchFor(state, params);
      gradientAtLookahead(params, vel!, alpha, gradient, s);
      for (let i = 0; i < paramCount(params); i++) {
        const p = paramAt(params, i);
        const g = paramAt(s.grad, i);
        const r = rs![i]!;
        const v = vel![i]!;
        for (let j = 0; j < p.length; j++) {
          const gj = g[j]!;
          const rj = rho * r[j]! + (1 - rho) * gj * gj;
          r[j] = rj;
          const vj = alpha * v[j]! - (lr * gj) / Math.sqrt(delta + rj);
          v[j] = vj;
          p[j] = p[j]! + vj;
        }
      }
      state.step += 1;
      return state;
    },
  };
}
