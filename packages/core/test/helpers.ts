import { expect } from 'vitest';
import { gradcheck, type Tensor, type Var } from '../src/index.js';

/** Asserts every entry of `actual` is within `tol` of `expected` (and the shapes match). */
export function expectClose(
  actual: Tensor,
  expected: ArrayLike<number>,
  tol = 1e-12,
  shape?: readonly number[],
): void {
  if (shape !== undefined) expect([...actual.shape]).toEqual([...shape]);
  expect(actual.size).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i]!;
    const a = actual.data[i]!;
    if (Math.abs(a - e) > tol * Math.max(1, Math.abs(e))) {
      throw new Error(`entry ${i}: got ${a}, expected ${e} (tol ${tol})`);
    }
  }
}

/** Asserts autodiff agrees with central differences for f at the given inputs. */
export function expectGradOk(f: (...xs: Var[]) => Var, inputs: Tensor[]): void {
  const r = gradcheck(f, inputs);
  expect(r, `maxAbsError ${r.maxAbsError}, maxRelError ${r.maxRelError}`).toMatchObject({
    ok: true,
  });
  expect(r.maxAbsError).toBeLessThan(1e-5);
}
