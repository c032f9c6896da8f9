import { checkBuffers, checkGrads, paramAt, paramCount, zerosLike } from '../params.js';
import type { LearningRate, Optimizer, OptimizerState, Params } from '../types.js';
import { betaPair, learningRate, lrAt, nonNegative } from '../validate.js';

/** torch.optim.Adamax's options (camelCase); defaults as torch 1.13. */
export interface AdamaxOptions {
  lr?: LearningRate;
  betas?: readonly [number, number];
  eps?: number;
  weightDecay?: number;
  maximize?: boolean;
}

/** torch.optim.Adamax (1.13): m as Adam; u = max(b2 u, |g| + eps); theta -= lr / (1 - b1^t) m / u. */
export function adamax(options: AdamaxOptions = {}): Optimizer<Required<AdamaxOptions>> {
  const o: Required<AdamaxOptions> = {
    lr: learningRate('Adamax', options.lr ?? 2e-3),
    betas: betaPair('Adamax', options.betas ?? [0.9, 0.999]),
    eps: nonNegative('Adamax', 'eps', options.eps ?? 1e-8),
    weightDecay: nonNegative('Adamax', 'weightDecay', options.weightDecay ?? 0),
    maximize: options.maximize ?? false,
  };
  const [b1, b2] = o.betas;
  const { eps, weightDecay: wd } = o;
  const sign = o.maximize ? -1 : 1;
  return {
    kind: 'gradient',
    name: 'Adamax',
    options: o,
    init(params: Params): OptimizerState {
      return {
        step: 0,
        buffers: { expAvg: zerosLike(params), expInf: zerosLike(params) },
        scalars: {},
      };
    },
    step(params, grads, state) {
      checkGrads('Adamax', params, grads);
      const { expAvg, expInf } = state.buffers;
      checkBuffers('Adamax', params, expAvg, 'expAvg');
      checkBuffers('Adamax', params, expInf, 'expInf');
      const t = state.step + 1;
      const clr =
        (typeof o.lr === 'number' ? o.lr : lrAt('Adamax', o.lr, state.step)) / (1 - b1 ** t);
      for (let i = 0; i < paramCount(params); i++) {
        const p = paramAt(params, i);
        const g = paramAt(grads, i);
        const m = expAvg![i]!;
        const u = expInf![i]!;
        for (let j = 0; j < p.length; j++) {
          const pj = p[j]!;
          const d = sign * g[j]! + wd * pj;
          const mj = b1 * m[j]! + (1 - b1) * d;
          const a = b2 * u[j]!;
          const c = Math.abs(d) + eps;
          const uj = Math.max(a, c);
          m[j] = mj;
          u[j] = uj;
          p[j] = pj - (clr * mj) / uj;
        }
      }
      state.step = t;
      return state;
    },
  };
}
