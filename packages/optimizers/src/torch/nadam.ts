import { OptimizerOptionError } from '../errors.js';
import { checkBuffers, checkGrads, paramAt, paramCount, zerosLike } from '../params.js';
import type { LearningRate, Optimizer, OptimizerState, Params } from '../types.js';
import { betaPair, learningRate, lrAt, nonNegative } from '../validate.js';

/** torch.optim.NAdam's options (camelCase); defaults as torch 1.13. `maximize` is a dl8 addition. */
export interface NadamOptions {
  lr?: LearningRate;
  betas?: readonly [number, number];
  eps?: number;
  weightDecay?: number;
  momentumDecay?: number;
  maximize?: boolean;
  /**
   * torch 1.13 computes mu_product_next = prod_t * mu_t * mu_{t+1} (mu_t counted twice); torch 2.0
   * fixed it to prod_t * mu_{t+1} (pytorch/pytorch#92699). Default: 1.13's, which the fixtures hold.
   */
  muProductNext?: 'torch-1.13' | 'corrected';
}

/**
 * torch.optim.NAdam (1.13): mu_t = b1 (1 - 0.5 * 0.96^(t psi)); with the product of the mu's,
 * theta -= lr (1 - mu_t) / (1 - prod_t) g / denom + lr mu_{t+1} / (1 - prod_t mu_t mu_{t+1}) m / denom
 * (torch 1.13's doubled mu_t; see `muProductNext`),
 * denom = sqrt(v / (1 - b2^t)) + eps.
 */
export function nadam(options: NadamOptions = {}): Optimizer<Required<NadamOptions>> {
  const o: Required<NadamOptions> = {
    lr: learningRate('NAdam', options.lr ?? 2e-3),
    betas: betaPair('NAdam', options.betas ?? [0.9, 0.999]),
    eps: nonNegative('NAdam', 'eps', options.eps ?? 1e-8),
    weightDecay: nonNegative('NAdam', 'weightDecay', options.weightDecay ?? 0),
    momentumDecay: nonNegative('NAdam', 'momentumDecay', options.momentumDecay ?? 4e-3),
    maximize: options.maximize ?? false,
    muProductNext: options.muProductNext ?? 'torch-1.13',
  };
  if (o.muProductNext !== 'torch-1.13' && o.muProductNext !== 'corrected') {
    throw new OptimizerOptionError(
      'muProductNext',
      `NAdam: invalid muProductNext ${JSON.stringify(o.muProductNext)}: must be 'torch-1.13' or 'corrected'`,
    );
  }
  const doubled = o.muProductNext === 'torch-1.13';
  const [b1, b2] = o.betas;
  const { eps, weightDecay: wd, momentumDecay: psi } = o;
  const sign = o.maximize ? -1 : 1;
  return {
    kind: 'gradient',
    name: 'NAdam',
    options: o,
    init(params: Params): OptimizerState {
      return {
        step: 0,
        buffers: { expAvg: zerosLike(params), expAvgSq: zerosLike(params) },
        scalars: { muProduct: 1 },
      };
    },
    step(params, grads, state) {
      checkGrads('NAdam', params, grads);
      const { expAvg, expAvgSq } = state.buffers;
      checkBuffers('NAdam', params, expAvg, 'expAvg');
      checkBuffers('NAdam', params, expAvgSq, 'expAvgSq');
      const lr = typeof o.lr === 'number' ? o.lr : lrAt('NAdam', o.lr, state.step);
      const t = state.step + 1;
      const bc2 = 1 - b2 ** t;
      const mu = b1 * (1 - 0.5 * 0.96 ** (t * psi));
      const muNext = b1 * (1 - 0.5 * 0.96 ** ((t + 1) * psi));
      const muProduct = (state.scalars['muProduct'] ?? 1) * mu;
      const muProductNext = (doubled ? muProduct * mu : muProduct) * muNext;
      const cg = (-lr * (1 - mu)) / (1 - muProduct);
      const cm = (-lr * muNext) / (1 - muProductNext);
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
          const denom = Math.sqrt(vj / bc2) + eps;
          p[j] = pj + (cg * d) / denom + (cm * mj) / denom;
        }
      }
      state.scalars['muProduct'] = muProduct;
      state.step = t;
      return state;
    },
  };
}
