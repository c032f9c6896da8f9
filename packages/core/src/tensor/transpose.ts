import { ArgumentError, formatShape } from '../errors.js';
import { normalizeAxis, stridesOf } from './shape.js';
import { Tensor } from './Tensor.js';

/** Permutes axes: out[i_perm0, ..., i_permk] = t[i_0, ..., i_k]; default reverses them (matrix transpose). */
export function transpose(t: Tensor, perm?: readonly number[]): Tensor {
  const nd = t.ndim;
  const p =
    perm === undefined ? Array.from({ length: nd }, (_, i) => nd - 1 - i) : checkPerm(t, perm);
  const shape = p.map((a) => t.shape[a]!);
  const src = t.data;
  const out = new Float64Array(t.size);
  if (nd === 2 && p[0] === 1) {
    const r = t.shape[0]!;
    const c = t.shape[1]!;
    for (let i = 0; i < r; i++) {
      const row = i * c;
      for (let j = 0; j < c; j++) out[j * r + i] = src[row + j]!;
    }
    return new Tensor(out, shape);
  }
  const inStrides = stridesOf(t.shape);
  const s = p.map((a) => inStrides[a]!);
  const idx = new Array<number>(nd).fill(0);
  let src_i = 0;
  for (let i = 0; i < out.length; i++) {
    out[i] = src[src_i]!;
    for (let d = nd - 1; d >= 0; d--) {
      idx[d]!++;
      src_i += s[d]!;
      if (idx[d]! < shape[d]!) break;
      src_i -= s[d]! * shape[d]!;
      idx[d] = 0;
    }
  }
  return new Tensor(out, shape);
}

/** Inverse of a permutation: inv[perm[i]] = i. */
export function invertPerm(perm: readonly number[]): number[] {
  const inv = new Array<number>(perm.length);
  for (let i = 0; i < perm.length; i++) inv[perm[i]!] = i;
  return inv;
}

function checkPerm(t: Tensor, perm: readonly number[]): number[] {
  if (perm.length !== t.ndim) {
    throw new ArgumentError(
      `transpose: permutation [${perm.join(', ')}] does not match shape ${formatShape(t.shape)}`,
    );
  }
  const p = perm.map((a) => normalizeAxis('transpose', a, t.ndim));
  if (new Set(p).size !== p.length) {
    throw new ArgumentError(
      `transpose: [${perm.join(', ')}] is not a permutation of the axes of ${formatShape(t.shape)}`,
    );
  }
  return p;
}
