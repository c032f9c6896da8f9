import { checkBuffers, checkGrads, paramAt, paramCount, zerosLike } from '../params.js';
import type { LearningRate, Optimizer, OptimizerState, Params } from '../types.js';
import { learningRate, lrAt, nonNegative } from '../validate.js';

/** torch.optim.RMSprop's options (camelCase); defaults as torch 1.13. */
export interface RmspropOptions {
  lr?: LearningRate;
  alpha?: number;
  eps?: number;
  weightDecay?: number;
  momentum?: number;
  centered?: boolean;
  maximize?: boolean;
}

/**
 * torch.optim.RMSprop (1.13): v = alpha v + (1 - alpha) g^2; centered: v - gbar^2 under the root;
 * denom = sqrt(.) + eps (eps OUTSIDE the root, unlike book Alg. 8.5: see `rmspropBook`);
 * momentum: b = mu b + g / denom, theta -= lr b; else theta -= lr g / denom.
 */
export function rmsprop(options: RmspropOptions = {}): Optimizer<Required<RmspropOptions>> {
  const o: Required<RmspropOptions> = {
    lr: learningRate('RMSprop', options.lr ?? 1e-2),
    alpha: nonNegative('RMSprop', 'alpha', options.alpha ?? 0.99),
    eps: nonNegative('RMSprop', 'eps', options.eps ?? 1e-8),
    weightDecay: nonNegative('RMSprop', 'weightDecay', options.weightDecay ?? 0),
    momentum: nonNegative('RMSprop', 'momentum', options.momentum ?? 0),
    centered: options.centered ?? false,
    maximize: options.maximize ?? false,
  };
  const { alpha, eps, weightDecay: wd, momentum: mu, centered } = o;
  const sign = o.maximize ? -1 : 1;
  return {
    kind: 'gradient',
    name: 'RMSprop',
    options: o,
    init(params: Params): OptimizerState {
      const buffers: OptimizerState['buffers'] = { squareAvg: zerosLike(params) };
      if (mu > 0) buffers['momentumBuffer'] = zerosLike(params);
      if (centered) buffers['gradAvg'] = zerosLike(params);
      return { step: 0, buffers, scalars: {} };
    },
    step(params, grads, state) {
      checkGrads('RMSprop', params, grads);
      const { squareAvg, momentumBuffer, gradAvg } = state.buffers;
      checkBuffers('RMSprop', params, squareAvg, 'squareAvg');
      if (mu > 0) checkBuffers('RMSprop', params, momentumBuffer, 'momentumBuffer');
      if (centered) checkBuffers('RMSprop', params, gradAvg, 'gradAvg');
      const lr = typeof o.lr === 'number' ? o.lr : lrAt('RMSprop', o.lr, state.step);
      for (let i = 0; i < paramCount(params); i++) {
        const p = paramAt(params, i);
        const g = paramAt(grads, i);
        const v = squareAvg![i]!;
        const b = mu > 0 ? momentumBuffer![i]! : v;
        const gb = centered ? gradAvg![i]! : v;
        for (let j = 0; j < p.length; j++) {
          const pj = p[j]!;
          const d = sign * g[j]! + wd * pj;
          const vj = alpha * v[j]! + (1 - alpha) * d * d;
          v[j] = vj;
          let avg: number;
          if (centered) {
            const gj = alpha * gb[j]! + (1 - alpha) * d;
            gb[j] = gj;
            avg = Math.sqrt(vj - gj * gj) + eps;
          } else {
            avg = Math.sqrt(vj) + eps;
          }
          if (mu > 0) {
            const bj = mu * b[j]! + d / avg;
            b[j] = bj;
            p[j] = pj - lr * bj;
          } else {
            p[j] = pj - (lr * d) / avg;
          }
        }
      }
      state.step += 1;
      return state;
    },
  };
}
