import { checkBuffers, checkGrads, paramAt, paramCount, zerosLike } from '../params.js';
import type { LearningRate, Optimizer, OptimizerState, Params } from '../types.js';
import { learningRate, lrAt, nonNegative } from '../validate.js';

/** torch.optim.Adagrad's options (camelCase); defaults as torch 1.13. */
export interface AdagradOptions {
  lr?: LearningRate;
  lrDecay?: number;
  weightDecay?: number;
  initialAccumulatorValue?: number;
  eps?: number;
  maximize?: boolean;
}

/**
 * torch.optim.Adagrad (1.13): clr = lr / (1 + (t - 1) lrDecay); s += g^2;
 * theta -= clr g / (sqrt(s) + eps). Book Alg. 8.4 (delta = 1e-7 there, also outside the root).
 */
export function adagrad(options: AdagradOptions = {}): Optimizer<Required<AdagradOptions>> {
  const o: Required<AdagradOptions> = {
    lr: learningRate('Adagrad', options.lr ?? 1e-2),
    lrDecay: nonNegative('Adagrad', 'lrDecay', options.lrDecay ?? 0),
    weightDecay: nonNegative('Adagrad', 'weightDecay', options.weightDecay ?? 0),
    initialAccumulatorValue: nonNegative(
      'Adagrad',
      'initialAccumulatorValue',
      options.initialAccumulatorValue ?? 0,
    ),
    eps: nonNegative('Adagrad', 'eps', options.eps ?? 1e-10),
    maximize: options.maximize ?? false,
  };
  const { lrDecay, weightDecay: wd, eps } = o;
  const sign = o.maximize ? -1 : 1;
  return {
    kind: 'gradient',
    name: 'Adagrad',
    options: o,
    init(params: Params): OptimizerState {
      return {
        step: 0,
        buffers: { sum: zerosLike(params, o.initialAccumulatorValue) },
        scalars: {},
      };
    },
    step(params, grads, state) {
      checkGrads('Adagrad', params, grads);
      const sums = state.buffers['sum'];
      checkBuffers('Adagrad', params, sums, 'sum');
      const clr =
        (typeof o.lr === 'number' ? o.lr : lrAt('Adagrad', o.lr, state.step)) /
        (1 + state.step * lrDecay);
      for (let i = 0; i < paramCount(params); i++) {
        const p = paramAt(params, i);
        const g = paramAt(grads, i);
        const s = sums![i]!;
        for (let j = 0; j < p.length; j++) {
          const pj = p[j]!;
          const d = sign * g[j]! + wd * pj;
          const sj = s[j]! + d * d;
          s[j] = sj;
          p[j] = pj - (clr * d) / (Math.sqrt(sj) + eps);
        }
      }
      state.step += 1;
      return state;
    },
  };
}
