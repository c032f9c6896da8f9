import { OptimizerInputError } from '../errors.js';
import type { Objective } from '../objectives/objective.js';
import { solveLinear } from '../search/solveLinear.js';

/** Minimizes (or improves) f over the coordinates in `block`, updating x in place. */
export type BlockSolver = (x: Float64Array, block: readonly number[], objective: Objective) => void;

/** Exact block minimization of a quadratic: solve A_BB x_B = b_B - A_B,rest x_rest. */
export const exactQuadraticBlock: BlockSolver = (x, block, objective) => {
  const q = objective.quadratic;
  if (q === undefined)
    throw new OptimizerInputError(
      `exactQuadraticBlock needs a quadratic objective; ${objective.name} is not`,
    );
  const n = x.length;
  const m = block.length;
  const inBlock = new Uint8Array(n);
  for (const i of block) inBlock[i] = 1;
  const A = new Float64Array(m * m);
  const r = new Float64Array(m);
  for (let a = 0; a < m; a++) {
    const i = block[a]!;
    let s = q.b[i]!;
    for (let j = 0; j < n; j++) if (!inBlock[j]) s -= q.A[i * n + j]! * x[j]!;
    r[a] = s;
    for (let c = 0; c < m; c++) A[a * m + c] = q.A[i * n + block[c]!]!;
  }
  const xb = solveLinear(A, r);
  for (let a = 0; a < m; a++) x[block[a]!] = xb[a]!;
};

/** Newton steps restricted to the block: x_B -= H_BB^{-1} g_B, repeated `iterations` times. */
export function newtonBlock(iterations = 1): BlockSolver {
  return (x, block, objective) => {
    const n = x.length;
    const m = block.length;
    for (let it = 0; it < iterations; it++) {
      const g = objective.gradient(x);
      const H = objective.hessian(x);
      const Hb = new Float64Array(m * m);
      const gb = new Float64Array(m);
      for (let a = 0; a < m; a++) {
        gb[a] = g[block[a]!]!;
        for (let c = 0; c < m; c++) Hb[a * m + c] = H[block[a]! * n + block[c]!]!;
      }
      const dx = solveLinear(Hb, gb);
      for (let a = 0; a < m; a++) x[block[a]!] = x[block[a]!]! - dx[a]!;
    }
  };
}
