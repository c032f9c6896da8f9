import { ArgumentError, formatShape } from '../errors.js';
import { Tensor } from './Tensor.js';

/** Rows start..end-1 along the first axis (a copy); negative bounds count from the end. */
export function sliceRows(t: Tensor, start: number, end = t.shape[0] ?? 0): Tensor {
  if (t.ndim === 0) throw new ArgumentError('sliceRows: a scalar tensor has no rows');
  const rows = t.shape[0]!;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new ArgumentError(`sliceRows: start and end must be integers, got ${start} and ${end}`);
  }
  const s = start < 0 ? start + rows : start;
  const e = end < 0 ? end + rows : end;
  if (s < 0 || e > rows || s > e) {
    throw new ArgumentError(
      `sliceRows: range ${start}..${end} is invalid for ${formatShape(t.shape)}; need 0 <= start <= end <= ${rows}`,
    );
  }
  const rowSize = rows === 0 ? 0 : t.size / rows;
  return new Tensor(t.data.slice(s * rowSize, e * rowSize), [e - s, ...t.shape.slice(1)]);
}

/** Rows at the given indices along the first axis (a copy): out[i] = t[indices[i]]. */
export function takeRows(t: Tensor, indices: ArrayLike<number>): Tensor {
  if (t.ndim === 0) throw new ArgumentError('takeRows: a scalar tensor has no rows');
  const rows = t.shape[0]!;
  const rowSize = rows === 0 ? 0 : t.size / rows;
  const out = new Float64Array(indices.length * rowSize);
  for (let i = 0; i < indices.length; i++) {
    const r = indices[i]!;
    if (!Number.isInteger(r) || r < 0 || r >= rows) {
      throw new ArgumentError(
        `takeRows: row index ${r} is out of range for ${formatShape(t.shape)}`,
      );
    }
    out.set(t.data.subarray(r * rowSize, (r + 1) * rowSize), i * rowSize);
  }
  return new Tensor(out, [indices.length, ...t.shape.slice(1)]);
}
