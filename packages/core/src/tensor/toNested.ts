import type { NestedArray, Tensor } from './Tensor.js';

/** Converts a tensor to nested arrays (a plain number for shape []). */
export function toNested(t: Tensor): NestedArray {
  if (t.ndim === 0) return t.data[0]!;
  const build = (depth: number, offset: number, stride: number): NestedArray => {
    const n = t.shape[depth]!;
    const inner = stride / (n || 1);
    if (depth === t.ndim - 1) return Array.from(t.data.subarray(offset, offset + n));
    return Array.from({ length: n }, (_, i) => build(depth + 1, offset + i * inner, inner));
  };
  return build(0, 0, t.size);
}
