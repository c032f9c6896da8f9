import { BatchNormError } from '../errors.js';
import { productExpansion } from './productExpansion.js';

/** One gradient step on the book's deep linear network y_hat = x * w_1 * ... * w_l. */
export interface DeepLinearStep {
  /** x * prod_i w_i */
  readonly yHat: number;
  /** g_i = d y_hat / d w_i = x * prod_{j != i} w_j */
  readonly gradient: Float64Array;
  /** w_i - eps * g_i */
  readonly weightsAfter: Float64Array;
  /** x * prod_i (w_i - eps * g_i) */
  readonly yHatAfter: number;
  /** the first-order (gradient) prediction of the change: -eps * g^T g */
  readonly predictedChange: number;
  /** yHatAfter - yHat */
  readonly actualChange: number;
  /** orders[k - 1] = (-eps)^k * x * e_k, the exact order-k part of the change, k = 1..l */
  readonly orders: Float64Array;
  /** the book's example second-order term eps^2 * x * g_1 * g_2 * prod_{i>=3} w_i (0 when l < 2) */
  readonly seedTerm: number;
  /** eps^2 * x * g_i * g_j * prod_{k != i, j} w_k: one term of order 2 (0-based i != j) */
  pairTerm(i: number, j: number): number;
}

/**
 * Gradient step w <- w - eps * g on y_hat = x * w_1 * ... * w_l (book 8.7.1), split into the
 * exact contribution of every order: x * prod_i (w_i - eps * g_i) - x * prod_i w_i equals
 * sum_k (-eps)^k * x * e_k, with e_k the k-subset sums of prod g over S times prod w off S.
 */
export function deepLinearStep(x: number, weights: ArrayLike<number>, eps: number): DeepLinearStep {
  const l = weights.length;
  if (l < 1) throw new BatchNormError('deepLinearStep: weights needs at least one layer, got 0');
  if (!Number.isFinite(x) || !Number.isFinite(eps)) {
    throw new BatchNormError(
      `deepLinearStep: x and eps must be finite, got x = ${x}, eps = ${eps}`,
    );
  }
  const w = Float64Array.from(weights);
  // prefix/suffix products give prod_{j != i} w_j without dividing (weights may be 0)
  const before = new Float64Array(l + 1).fill(1);
  const after = new Float64Array(l + 1).fill(1);
  for (let i = 0; i < l; i++) before[i + 1] = before[i]! * w[i]!;
  for (let i = l - 1; i >= 0; i--) after[i] = after[i + 1]! * w[i]!;
  const gradient = new Float64Array(l);
  for (let i = 0; i < l; i++) gradient[i] = x * before[i]! * after[i + 1]!;

  const weightsAfter = w.map((wi, i) => wi - eps * gradient[i]!);
  const yHat = x * before[l]!;
  let yHatAfter = x;
  for (let i = 0; i < l; i++) yHatAfter *= weightsAfter[i]!;

  let gg = 0;
  for (let i = 0; i < l; i++) gg += gradient[i]! * gradient[i]!;
  const c = productExpansion(w, gradient);
  const orders = new Float64Array(l);
  let power = 1;
  for (let k = 1; k <= l; k++) {
    power *= -eps;
    orders[k - 1] = power * x * c[k]!;
  }

  const pairTerm = (i: number, j: number): number => {
    if (
      !Number.isInteger(i) ||
      !Number.isInteger(j) ||
      i === j ||
      i < 0 ||
      j < 0 ||
      i >= l ||
      j >= l
    ) {
      throw new BatchNormError(
        `deepLinearStep pairTerm: need two different layer indices in 0..${l - 1}, got ${i}, ${j}`,
      );
    }
    let rest = 1;
    for (let k = 0; k < l; k++) if (k !== i && k !== j) rest *= w[k]!;
    return eps * eps * x * gradient[i]! * gradient[j]! * rest;
  };

  return {
    yHat,
    gradient,
    weightsAfter,
    yHatAfter,
    predictedChange: -eps * gg,
    actualChange: yHatAfter - yHat,
    orders,
    seedTerm: l < 2 ? 0 : pairTerm(0, 1),
    pairTerm,
  };
}
