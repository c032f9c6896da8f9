import { ArgumentError } from '../errors.js';
import { createRng } from '../rng/createRng.js';
import { Tensor } from '../tensor/Tensor.js';
import { noGrad } from './gradMode.js';
import { Var } from './Var.js';

/** Tolerances of `gradcheck`: an entry passes when |analytic - numeric| <= atol + rtol |numeric|. */
export interface GradcheckOptions {
  /** Finite-difference step h. Default 1e-6. */
  eps?: number;
  /** Absolute tolerance. Default 1e-5. */
  atol?: number;
  /** Relative tolerance. Default 1e-3. */
  rtol?: number;
  /** Seed of the random projection of non-scalar outputs. Default 0. */
  seed?: number;
}

/** Outcome of `gradcheck`: whether every entry passed, and the worst errors seen. */
export interface GradcheckResult {
  ok: boolean;
  maxAbsError: number;
  maxRelError: number;
}

/**
 * Compares autodiff gradients of L = sum(w * f(x...)) (w a fixed random projection, so every
 * output entry matters) with central differences (L(x + h e_i) - L(x - h e_i)) / 2h.
 */
export function gradcheck(
  f: (...xs: Var[]) => Var,
  inputs: readonly Tensor[],
  options: GradcheckOptions = {},
): GradcheckResult {
  const { eps = 1e-6, atol = 1e-5, rtol = 1e-3, seed = 0 } = options;
  if (!(eps > 0)) throw new ArgumentError(`gradcheck: eps must be positive, got ${eps}`);
  const xs = inputs.map((t) => t.clone());
  const vars = xs.map((t) => new Var(t));
  const out = f(...vars);
  if (!(out instanceof Var)) throw new ArgumentError('gradcheck: f must return a Var');
  const rng = createRng(seed);
  const w = new Tensor(
    Float64Array.from(
      { length: out.value.size },
      () => rng.uniform(0.5, 1.5) * (rng.int(2) ? 1 : -1),
    ),
    out.shape,
  );
  const loss = (): number =>
    noGrad(() => {
      const y = f(...xs.map((t) => new Var(t, { requiresGrad: false }))).value.data;
      let s = 0;
      for (let i = 0; i < y.length; i++) s += y[i]! * w.data[i]!;
      return s;
    });
  if (out.requiresGrad) out.backward(w);
  let maxAbsError = 0;
  let maxRelError = 0;
  let ok = true;
  vars.forEach((v, k) => {
    const x = xs[k]!.data;
    const analytic = v.grad?.data;
    for (let i = 0; i < x.length; i++) {
      const orig = x[i]!;
      x[i] = orig + eps;
      const up = loss();
      x[i] = orig - eps;
      const down = loss();
      x[i] = orig;
      const numeric = (up - down) / (2 * eps);
      const a = analytic?.[i] ?? 0;
      const err = Math.abs(a - numeric);
      const scale = Math.max(Math.abs(a), Math.abs(numeric));
      maxAbsError = Math.max(maxAbsError, err);
      if (scale > 0) maxRelError = Math.max(maxRelError, err / scale);
      if (!(err <= atol + rtol * Math.abs(numeric))) ok = false;
    }
  });
  return { ok, maxAbsError, maxRelError };
}
