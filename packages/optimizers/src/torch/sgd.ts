import { OptimizerOptionError } from '../errors.js';
import { checkBuffers, checkGrads, paramAt, paramCount, zerosLike } from '../params.js';
import type { LearningRate, Optimizer, OptimizerState, Param, Params } from '../types.js';
import { learningRate, lrAt, nonNegative } from '../validate.js';

/** torch.optim.SGD's options (camelCase). torch 1.13 has no default lr, so `lr` is required. */
export interface SgdOptions {
  lr: LearningRate;
  momentum?: number;
  dampening?: number;
  weightDecay?: number;
  nesterov?: boolean;
  maximize?: boolean;
}

/**
 * torch.optim.SGD (1.13): g += wd theta; b_1 = g, b_t = mu b_{t-1} + (1 - dampening) g;
 * nesterov: g += mu b_t, else g = b_t; theta -= lr g. Book Alg. 8.1 (mu = 0) and Alg. 8.2 (mu = alpha).
 */
export function sgd(options: SgdOptions): Optimizer<Required<SgdOptions>> {
  if (options?.lr === undefined) {
    throw new OptimizerOptionError(
      'lr',
      'SGD: lr is required (torch 1.13 has no default): a number >= 0 or a schedule',
    );
  }
  const o: Required<SgdOptions> = {
    lr: learningRate('SGD', options.lr),
    momentum: nonNegative('SGD', 'momentum', options.momentum ?? 0),
    dampening: options.dampening ?? 0,
    weightDecay: nonNegative('SGD', 'weightDecay', options.weightDecay ?? 0),
    nesterov: options.nesterov ?? false,
    maximize: options.maximize ?? false,
  };
  if (o.nesterov && (o.momentum <= 0 || o.dampening !== 0)) {
    throw new OptimizerOptionError(
      'nesterov',
      `SGD: nesterov requires momentum > 0 and dampening = 0 (got momentum ${o.momentum}, dampening ${o.dampening})`,
    );
  }
  const { momentum: mu, dampening, weightDecay: wd, nesterov } = o;
  const sign = o.maximize ? -1 : 1;
  // Scalars reach the kernels through a Float64Array: passing fresh doubles as arguments would
  // box them (allocate) whenever V8 does not inline the kernel.
  const coef = Float64Array.of(0, sign, wd, mu, 1 - dampening);
  return {
    kind: 'gradient',
    name: 'SGD',
    options: o,
    init(params: Params): OptimizerState {
      return {
        step: 0,
        buffers: mu !== 0 ? { momentumBuffer: zerosLike(params) } : {},
        scalars: {},
      };
    },
    step(params, grads, state) {
      checkGrads('SGD', params, grads);
      const lr = typeof o.lr === 'number' ? o.lr : lrAt('SGD', o.lr, state.step);
      const bufs = state.buffers['momentumBuffer'];
      if (mu !== 0) checkBuffers('SGD', params, bufs, 'momentumBuffer');
      const first = state.step === 0;
      coef[0] = lr;
      for (let i = 0; i < paramCount(params); i++) {
        const p = paramAt(params, i);
        const g = paramAt(grads, i);
        if (mu === 0) sgdKernel(p, g, coef);
        else sgdMomentumKernel(p, g, bufs![i]!, coef, nesterov, first);
      }
      state.step += 1;
      return state;
    },
  };
}

// Hot loops as small top-level functions so that V8 optimizes each on its own.
// coef = [lr, sign, weightDecay, momentum, 1 - dampening].
function sgdKernel(p: Param, g: Param, coef: Float64Array): void {
  const lr = coef[0]!;
  const sign = coef[1]!;
  const wd = coef[2]!;
  for (let j = 0; j < p.length; j++) p[j] = p[j]! - lr * (sign * g[j]! + wd * p[j]!);
}

function sgdMomentumKernel(
  p: Param,
  g: Param,
  b: Param,
  coef: Float64Array,
  nesterov: boolean,
  first: boolean,
): void {
  const lr = coef[0]!;
  const sign = coef[1]!;
  const wd = coef[2]!;
  const mu = coef[3]!;
  const keep = coef[4]!;
  // torch starts the buffer as a copy of the first gradient (no dampening on step 1).
  if (first) {
    for (let j = 0; j < p.length; j++) {
      const d = sign * g[j]! + wd * p[j]!;
      b[j] = d;
      p[j] = p[j]! - lr * (nesterov ? d + mu * d : d);
    }
    return;
  }
  if (!nesterov && sign === 1 && wd === 0 && keep === 1) {
    // The common case, kept free of the terms that vanish (each costs a load or a multiply),
    // four entries per turn (about 10% faster on 1M Float32 in V8; same arithmetic per entry).
    const n = p.length;
    const n4 = n - (n & 3);
    let j = 0;
    for (; j < n4; j += 4) {
      const b0 = mu * b[j]! + g[j]!;
      const b1 = mu * b[j + 1]! + g[j + 1]!;
      const b2 = mu * b[j + 2]! + g[j + 2]!;
      const b3 = mu * b[j + 3]! + g[j + 3]!;
      b[j] = b0;
      b[j + 1] = b1;
      b[j + 2] = b2;
      b[j + 3] = b3;
      p[j] = p[j]! - lr * b0;
      p[j + 1] = p[j + 1]! - lr * b1;
      p[j + 2] = p[j + 2]! - lr * b2;
      p[j + 3] = p[j + 3]! - lr * b3;
    }
    for (; j < n; j++) {
      const bj = mu * b[j]! + g[j]!;
      b[j] = bj;
      p[j] = p[j]! - lr * bj;
    }
    return;
  }
  if (!nesterov) {
    for (let j = 0; j < p.length; j++) {
      const bj = mu * b[j]! + keep * (sign * g[j]! + wd * p[j]!);
      b[j] = bj;
      p[j] = p[j]! - lr * bj;
    }
    return;
  }
  for (let j = 0; j < p.length; j++) {
    const d = sign * g[j]! + wd * p[j]!;
    const bj = mu * b[j]! + keep * d;
    b[j] = bj;
    p[j] = p[j]! - lr * (d + mu * bj);
  }
}
