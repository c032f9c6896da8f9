import { checkBuffers, checkGrads, paramAt, paramCount, zerosLike } from '../params.js';
import type { LearningRate, Optimizer, OptimizerState, Param, Params } from '../types.js';
import { betaPair, learningRate, lrAt, nonNegative } from '../validate.js';

/** torch.optim.Adam's options (camelCase); defaults as torch 1.13. */
export interface AdamOptions {
  lr?: LearningRate;
  betas?: readonly [number, number];
  eps?: number;
  weightDecay?: number;
  amsgrad?: boolean;
  maximize?: boolean;
}

/**
 * torch.optim.Adam (1.13): m, v moments; theta -= lr (m / (1 - b1^t)) / (sqrt(v) / sqrt(1 - b2^t) + eps);
 * amsgrad uses the running max of v. Book Alg. 8.7 (delta = 1e-8 as here).
 */
export function adam(options: AdamOptions = {}): Optimizer<Required<AdamOptions>> {
  return adamFamily('Adam', options, false, 0);
}

/** Adam and AdamW share one kernel; AdamW decays theta *= 1 - lr wd before the step instead of adding wd theta to g. */
export function adamFamily(
  name: string,
  options: AdamOptions,
  decoupled: boolean,
  defaultWeightDecay: number,
): Optimizer<Required<AdamOptions>> {
  const o: Required<AdamOptions> = {
    lr: learningRate(name, options.lr ?? 1e-3),
    betas: betaPair(name, options.betas ?? [0.9, 0.999]),
    eps: nonNegative(name, 'eps', options.eps ?? 1e-8),
    weightDecay: nonNegative(name, 'weightDecay', options.weightDecay ?? defaultWeightDecay),
    amsgrad: options.amsgrad ?? false,
    maximize: options.maximize ?? false,
  };
  const [b1, b2] = o.betas;
  const { eps, amsgrad } = o;
  const sign = o.maximize ? -1 : 1;
  // Scalars reach the kernels through a Float64Array: passing fresh doubles as arguments would
  // box them (allocate) whenever V8 does not inline the kernel.
  // coef = [b1, b2, stepSize, 1 / sqrt(1 - b2^t), eps, sign, weightDecay (coupled), shrink].
  const coef = Float64Array.of(b1, b2, 0, 0, eps, sign, 0, 1);
  return {
    kind: 'gradient',
    name,
    options: o,
    init(params: Params): OptimizerState {
      const buffers: OptimizerState['buffers'] = {
        expAvg: zerosLike(params),
        expAvgSq: zerosLike(params),
      };
      if (amsgrad) buffers['maxExpAvgSq'] = zerosLike(params);
      return { step: 0, buffers, scalars: {} };
    },
    step(params, grads, state) {
      checkGrads(name, params, grads);
      const { expAvg, expAvgSq, maxExpAvgSq } = state.buffers;
      checkBuffers(name, params, expAvg, 'expAvg');
      checkBuffers(name, params, expAvgSq, 'expAvgSq');
      if (amsgrad) checkBuffers(name, params, maxExpAvgSq, 'maxExpAvgSq');
      const lr = typeof o.lr === 'number' ? o.lr : lrAt(name, o.lr, state.step);
      const t = state.step + 1;
      const stepSize = lr / (1 - b1 ** t);
      // sqrt(v) / sqrt(1 - b2^t) as a product: one division fewer per entry (within an ulp of torch).
      const invBc2Sqrt = 1 / Math.sqrt(1 - b2 ** t);
      const wd = decoupled ? 0 : o.weightDecay;
      const shrink = decoupled ? 1 - lr * o.weightDecay : 1;
      const plain = !amsgrad && wd === 0 && shrink === 1 && sign === 1;
      coef[2] = stepSize;
      coef[3] = invBc2Sqrt;
      coef[6] = wd;
      coef[7] = shrink;
      for (let i = 0; i < paramCount(params); i++) {
        const p = paramAt(params, i);
        const g = paramAt(grads, i);
        const m = expAvg![i]!;
        const v = expAvgSq![i]!;
        if (plain) adamPlainKernel(p, g, m, v, coef);
        else adamKernel(p, g, m, v, amsgrad ? maxExpAvgSq![i]! : v, amsgrad, coef);
      }
      state.step = t;
      return state;
    },
  };
}

// The common case (no weight decay, amsgrad or maximize) in its own small function: V8 optimizes
// it on its own and the loop carries no branches.
function adamPlainKernel(p: Param, g: Param, m: Param, v: Param, coef: Float64Array): void {
  const b1 = coef[0]!;
  const b2 = coef[1]!;
  const stepSize = coef[2]!;
  const invBc2Sqrt = coef[3]!;
  const eps = coef[4]!;
  const c1 = 1 - b1;
  const c2 = 1 - b2;
  for (let j = 0; j < p.length; j++) {
    const d = g[j]!;
    const mj = b1 * m[j]! + c1 * d;
    const vj = b2 * v[j]! + c2 * d * d;
    m[j] = mj;
    v[j] = vj;
    p[j] = p[j]! - (stepSize * mj) / (Math.sqrt(vj) * invBc2Sqrt + eps);
  }
}

function adamKernel(
  p: Param,
  g: Param,
  m: Param,
  v: Param,
  vmax: Param,
  amsgrad: boolean,
  coef: Float64Array,
): void {
  const b1 = coef[0]!;
  const b2 = coef[1]!;
  const stepSize = coef[2]!;
  const invBc2Sqrt = coef[3]!;
  const eps = coef[4]!;
  const sign = coef[5]!;
  const wd = coef[6]!;
  const shrink = coef[7]!;
  const c1 = 1 - b1;
  const c2 = 1 - b2;
  for (let j = 0; j < p.length; j++) {
    const pj = p[j]! * shrink;
    const d = sign * g[j]! + wd * pj;
    const mj = b1 * m[j]! + c1 * d;
    let vj = b2 * v[j]! + c2 * d * d;
    m[j] = mj;
    v[j] = vj;
    if (amsgrad) {
      if (vmax[j]! > vj) vj = vmax[j]!;
      vmax[j] = vj;
    }
    p[j] = pj - (stepSize * mj) / (Math.sqrt(vj) * invBc2Sqrt + eps);
  }
}
