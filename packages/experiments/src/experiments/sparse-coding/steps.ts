import {
  lassoCoordinateDescent,
  lassoProblem,
  OptimizerInputError,
  solveLinear,
} from '@dl8/optimizers';

/**
 * Book 8.7.2: J(H, W) = lambda sum |H_ij| + sum (X - W^T H)_ij^2 with X [d, n] (examples are
 * columns), W [k, d] (rows are dictionary atoms), H [k, n] (codes). All row-major.
 */
export function objective(
  X: Float64Array,
  W: Float64Array,
  H: Float64Array,
  d: number,
  k: number,
  n: number,
  lambda: number,
) {
  let l1 = 0;
  for (const h of H) l1 += Math.abs(h);
  let sq = 0;
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let a = 0; a < k; a++) s += W[a * d + i]! * H[a * n + j]!;
      sq += (X[i * n + j]! - s) ** 2;
    }
  }
  return { total: lambda * l1 + sq, l1, sq };
}

/**
 * H step: each column h_j solves lambda |h|_1 + ||x_j - W^T h||^2, which is scikit-learn's lasso
 * (1 / (2 d)) ||x_j - W^T h||^2 + alpha |h|_1 with alpha = lambda / (2 d); warm-started at the
 * current h_j, so coordinate descent can only lower J.
 */
export function codeStep(
  X: Float64Array,
  W: Float64Array,
  H: Float64Array,
  d: number,
  k: number,
  n: number,
  lambda: number,
) {
  const A = new Float64Array(d * k); // W^T, row-major [d, k]
  for (let i = 0; i < d; i++) for (let a = 0; a < k; a++) A[i * k + a] = W[a * d + i]!;
  const x = new Float64Array(d);
  const h0 = new Float64Array(k);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < d; i++) x[i] = X[i * n + j]!;
    for (let a = 0; a < k; a++) h0[a] = H[a * n + j]!;
    const { w } = lassoCoordinateDescent(lassoProblem(A, x, lambda / (2 * d)), {
      w0: h0,
      maxSweeps: 1000,
      tol: 1e-9,
    });
    for (let a = 0; a < k; a++) H[a * n + j] = w[a]!;
  }
}

/**
 * Solves G x = rhs for the symmetric PSD Gram matrix G; when G is singular (fewer examples than
 * used atoms) any minimizer will do, so a vanishing ridge (1e-12 of the mean diagonal) picks one.
 */
function solveLeastSquares(G: Float64Array, rhs: Float64Array): Float64Array {
  try {
    return solveLinear(G, rhs);
  } catch (error) {
    if (!(error instanceof OptimizerInputError) || !/singular/.test(error.message)) throw error;
    const u = rhs.length;
    let trace = 0;
    for (let a = 0; a < u; a++) trace += G[a * u + a]!;
    const ridged = Float64Array.from(G);
    for (let a = 0; a < u; a++) ridged[a * u + a] = ridged[a * u + a]! + (1e-12 * trace) / u;
    return solveLinear(ridged, rhs);
  }
}

/**
 * W step: least squares min_W ||X - W^T H||^2, i.e. (H H^T) W = H X^T, over the atoms some code
 * uses; an unused atom (zero row of H) does not affect J and is left as it is.
 */
export function dictionaryStep(
  X: Float64Array,
  W: Float64Array,
  H: Float64Array,
  d: number,
  k: number,
  n: number,
) {
  const used: number[] = [];
  for (let a = 0; a < k; a++) {
    let any = false;
    for (let j = 0; j < n && !any; j++) any = H[a * n + j] !== 0;
    if (any) used.push(a);
  }
  const u = used.length;
  if (u === 0) return;
  const G = new Float64Array(u * u);
  for (const [p, a] of used.entries()) {
    for (const [q, b] of used.entries()) {
      let s = 0;
      for (let j = 0; j < n; j++) s += H[a * n + j]! * H[b * n + j]!;
      G[p * u + q] = s;
    }
  }
  for (let i = 0; i < d; i++) {
    const rhs = new Float64Array(u);
    for (const [p, a] of used.entries()) {
      let s = 0;
      for (let j = 0; j < n; j++) s += H[a * n + j]! * X[i * n + j]!;
      rhs[p] = s;
    }
    const col = solveLeastSquares(G, rhs);
    for (const [p, a] of used.entries()) W[a * d + i] = col[p]!;
  }
}
