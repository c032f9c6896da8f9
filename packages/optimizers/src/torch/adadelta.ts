import { checkBuffers, checkGrads, paramAt, paramCount, zerosLike } from '../params.js';
import type { LearningRate, Optimizer, OptimizerState, Params } from '../types.js';
import { learningRate, lrAt, nonNegative, unitClosed } from '../validate.js';

/** torch.optim.Adadelta's options (camelCase); defaults as torch 1.13. */
export interface AdadeltaOptions {
  lr?: LearningRate;
  rho?: number;
  eps?: number;
  weightDecay?: number;
  maximize?: boolean;
}

/**
 * torch.optim.Adadelta (1.13): v = rho v + (1 - rho) g^2; delta = sqrt(u + eps) / sqrt(v + eps) g;
 * u = rho u + (1 - rho) delta^2; theta -= lr delta (eps INSIDE both roots).
 */
export function adadelta(options: AdadeltaOptions = {}): Optimizer<Required<AdadeltaOptions>> {
  const o: Required<AdadeltaOptions> = {
    lr: learningRate('Adadelta', options.lr ?? 1.0),
    rho: unitClosed('Adadelta', 'rho', options.rho ?? 0.9),
    eps: nonNegative('Adadelta', 'eps', options.eps ?? 1e-6),
    weightDecay: nonNegative('Adadelta', 'weightDecay', options.weightDecay ?? 0),
    maximize: options.maximize ?? false,
  };
  const { rho, eps, weightDecay: wd } = o;
  const sign = o.maximize ? -1 : 1;
  return {
    kind: 'gradient',
    name: 'Adadelta',
    options: o,
    init(params: Params): OptimizerState {
      return {
        step: 0,
        buffers: { squareAvg: zerosLike(params), accDelta: zerosLike(params) },
        scalars: {},
      };
    },
    step(params, grads, state) {
      checkGrads('Adadelta', params, grads);
      const { squareAvg, accDelta } = state.buffers;
      checkBuffers('Adadelta', params, squareAvg, 'squareAvg');
      checkBuffers('Adadelta', params, accDelta, 'accDelta');
      const lr = typeof o.lr === 'number' ? o.lr : lrAt('Adadelta', o.lr, state.step);
      for (let i = 0; i < paramCount(params); i++) {
        const p = paramAt(params, i);
        const g = paramAt(grads, i);
        const v = squareAvg![i]!;
        const u = accDelta![i]!;
        for (let j = 0; j < p.length; j++) {
          const pj = p[j]!;
          const d = sign * g[j]! + wd * pj;
          const vj = rho * v[j]! + (1 - rho) * d * d;
          v[j] = vj;
          const delta = (Math.sqrt(u[j]! + eps) / Math.sqrt(vj + eps)) * d;
          u[j] = rho * u[j]! + (1 - rho) * delta * delta;
          p[j] = pj - lr * delta;
        }
      }
      state.step += 1;
      return state;
    },
  };
}
