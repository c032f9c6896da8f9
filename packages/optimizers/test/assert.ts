import { expect } from 'vitest';

/** Asserts |got - want| <= atol + rtol |want| for every entry, naming the first index that fails. */
export function expectClose(
  got: ArrayLike<number>,
  want: ArrayLike<number>,
  atol: number,
  rtol = 0,
): void {
  expect(got.length).toBe(want.length);
  for (let i = 0; i < want.length; i++) {
    const err = Math.abs(got[i]! - want[i]!);
    if (!(err <= atol + rtol * Math.abs(want[i]!))) {
      throw new Error(
        `entry ${i}: got ${got[i]}, want ${want[i]} (error ${err}, allowed ${atol + rtol * Math.abs(want[i]!)})`,
      );
    }
  }
}
