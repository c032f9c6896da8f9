/**
 * Coefficients c_0..c_l of prod_i (a_i + t * b_i) as a polynomial in t: c_k is the mixed
 * elementary symmetric polynomial sum over k-subsets S of prod_{i in S} b_i * prod_{i not in S} a_i.
 * O(l^2) and free of cancellation when the a_i and b_i share a sign.
 */
export function productExpansion(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const l = a.length;
  const c = new Float64Array(l + 1);
  c[0] = 1;
  for (let i = 0; i < l; i++) {
    const ai = a[i]!;
    const bi = b[i]!;
    for (let k = i + 1; k >= 1; k--) c[k] = c[k]! * ai + c[k - 1]! * bi;
    c[0] = c[0]! * ai;
  }
  return c;
}
