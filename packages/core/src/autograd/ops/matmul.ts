import { matmul } from '../../tensor/matmul.js';
import { sumToShape } from '../../tensor/sumToShape.js';
import type { Tensor } from '../../tensor/Tensor.js';
import { transpose } from '../../tensor/transpose.js';
import { Var } from '../Var.js';

/** Swaps the last two axes (the matrix transpose of every batch entry). */
function mT(t: Tensor): Tensor {
  const perm = t.shape.map((_, i) => i);
  const n = perm.length;
  perm[n - 1] = n - 2;
  perm[n - 2] = n - 1;
  return transpose(t, perm);
}

/** out = A B; dA = G B^T, dB = A^T G (summed over broadcast batch axes). */
export function matmulVar(a: Var, b: Var): Var {
  const av = a.value;
  const bv = b.value;
  return Var.op(
    matmul(av, bv),
    [a, b],
    (g) => [
      a.requiresGrad ? sumToShape(matmul(g, mT(bv)), a.shape) : null,
      b.requiresGrad ? sumToShape(matmul(mT(av), g), b.shape) : null,
    ],
    'matmul',
  );
}
