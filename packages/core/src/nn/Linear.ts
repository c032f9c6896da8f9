import { Var } from '../autograd/Var.js';
import { ArgumentError } from '../errors.js';
import type { Rng } from '../rng/createRng.js';
import { zeros } from '../tensor/create.js';
import { rand, randn } from '../tensor/random.js';
import type { Tensor } from '../tensor/Tensor.js';
import { Module } from './Module.js';

/** Options of `Linear`. */
export interface LinearOptions {
  /** Source of the initial weights. */
  rng: Rng;
  /** 'he': W ~ N(0, 2 / fanIn) (for ReLU); 'glorot': W ~ U(-a, a), a = sqrt(6 / (fanIn + fanOut)). Default 'he'. */
  init?: 'he' | 'glorot';
  /** Add a bias vector (initialised to 0). Default true. */
  bias?: boolean;
}

/** Affine map y = x W + b, with W of shape [inFeatures, outFeatures] and b of shape [outFeatures]. */
export class Linear extends Module {
  readonly weight: Var;
  readonly bias: Var | null;

  constructor(
    readonly inFeatures: number,
    readonly outFeatures: number,
    options: LinearOptions,
  ) {
    super();
    for (const [k, v] of [
      ['inFeatures', inFeatures],
      ['outFeatures', outFeatures],
    ] as const) {
      if (!Number.isInteger(v) || v <= 0)
        throw new ArgumentError(`Linear: ${k} must be a positive integer, got ${v}`);
    }
    if (options?.rng === undefined)
      throw new ArgumentError('Linear: options.rng (a seeded generator) is required');
    const { rng, init = 'he', bias = true } = options;
    let w: Tensor;
    if (init === 'he') w = randn([inFeatures, outFeatures], rng, 0, Math.sqrt(2 / inFeatures));
    else if (init === 'glorot') {
      const a = Math.sqrt(6 / (inFeatures + outFeatures));
      w = rand([inFeatures, outFeatures], rng, -a, a);
    } else throw new ArgumentError(`Linear: init must be 'he' or 'glorot', got '${String(init)}'`);
    this.weight = new Var(w, { name: 'weight' });
    this.bias = bias ? new Var(zeros([outFeatures]), { name: 'bias' }) : null;
  }

  /** y = x W + b for x of shape [batch, inFeatures]. */
  forward(x: Var): Var {
    const y = x.matmul(this.weight);
    return this.bias === null ? y : y.add(this.bias);
  }
}
