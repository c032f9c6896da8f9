import { invertPerm, transpose } from '../../tensor/transpose.js';
import { Var } from '../Var.js';

/** out = a with axes permuted; da = g with the inverse permutation. */
export function transposeVar(a: Var, perm?: readonly number[]): Var {
  const nd = a.shape.length;
  const out = transpose(a.value, perm);
  const p =
    perm === undefined
      ? Array.from({ length: nd }, (_, i) => nd - 1 - i)
      : perm.map((x) => (x < 0 ? x + nd : x));
  return Var.op(out, [a], (g) => [transpose(g, invertPerm(p))], 'transpose');
}
