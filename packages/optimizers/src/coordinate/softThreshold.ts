/** Soft threshold S(x, lambda) = sign(x) max(|x| - lambda, 0): the exact minimizer of 0.5 (w - x)^2 + lambda |w|. */
export function softThreshold(x: number, lambda: number): number {
  return x > lambda ? x - lambda : x < -lambda ? x + lambda : 0;
}
