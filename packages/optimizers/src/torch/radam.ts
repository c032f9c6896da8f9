import { checkBuffers, checkGrads, paramAt, paramCount, zerosLike } from '../params.js';
import type { LearningRate, Optimizer, OptimizerState, Params } from '../types.js';
import { betaPair, learningRate, lrAt, nonNegative } from '../validate.js';

/** torch.optim.RAdam's options (camelCase); defaults as torch 1.13. `maximize` is a dl8 addition. */
export interface RadamOptions {
  lr?: LearningRate;
  betas?: readonly [number, number];
  eps?: number;
  weightDecay?: number;
  maximize?: boolean;
}

/**
 * torch.optim.RAdam (1.13): rho_t = rho_inf - 2 t b2^t / (1 - b2^t); while rho_t <= 5 an
 * un-adapted momentum step theta -= lr m_hat; after, theta -= lr m_hat r_t sqrt(1 - b2^t) / (sqrt(v) + eps).
 */
export function radam(options: RadamOptions = {}): Optimizer<Required<RadamOptions>> {
  const o: Required<RadamOptions> = {
    lr: learningRate('RAdam', options.lr ?? 1e-3),
    betas: betaPair('RAdam', options.betas ?? [0.9, 0.999]),
    eps: nonNegative('RAdam', 'eps', options.eps ?? 1e-8),
    weightDecay: nonNegative('RAdam', 'weightDecay', options.weightDecay ?? 0),
    maximize: options.maximize ?? false,
  };
  const [b1, b2] = o.betas;
  const { eps, weightDecay: wd } = o;
  const sign = o.maximize ? -1 : 1;
  const rhoInf = 2 / (1 - b2) - 1;
  return {
    kind: 'gradient',
    name: 'RAdam',
    options: o,
    init(params: Params): OptimizerState {
      return {
        step: 0,
        buffers: { expAvg: zerosLike(params), expAvgSq: zerosLike(params) },
        scalars: {},
      };
    },
    step(params, grads, state) {
      checkGrads('RAdam', params, grads);
      const { expAvg, expAvgSq } = state.buffers;
      checkBuffers('RAdam', params, expAvg, 'expAvg');
      checkBuffers('RAdam', params, expAvgSq, 'expAvgSq');
      const lr = typeof o.lr === 'number' ? o.lr : lrAt('RAdam', o.lr, state.step);
      const t = state.step + 1;
      const bc1 = 1 - b1 ** t;
      const bc2 = 1 - b2 ** t;
      const rhoT = rhoInf - (2 * t * b2 ** t) / bc2;
      const rectified = rhoT > 5;
      const rect = rectified
        ? Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT))
        : 0;
      const bc2Sqrt = Math.sqrt(bc2);
      for (let i = 0; i < paramCount(params); i++) {
        const p = paramAt(params, i);
        const g = paramAt(grads, i);
        const m = expAvg![i]!;
        const v = expAvgSq![i]!;
        for (let j = 0; j < p.length; j++) {
          const pj = p[j]!;
          const d = sign * g[j]! + wd * pj;
          const mj = b1 * m[j]! + (1 - b1) * d;
          const vj = b2 * v[j]! + (1 - b2) * d * d;
          m[j] = mj;
          v[j] = vj;
          const mHat = mj / bc1;
          p[j] = rectified
            ? pj - mHat * lr * (bc2Sqrt / (Math.sqrt(vj) + eps)) * rect
            : pj - mHat * lr;
        }
      }
      state.step = t;
      return state;
    },
  };
}
