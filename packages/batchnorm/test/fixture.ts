import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** One single-call case of batchnorm.json. */
export interface SingleCase {
  name: string;
  shape: number[];
  training: boolean;
  affine: boolean;
  eps: number;
  momentum: number | null;
  x: number[];
  gamma?: number[];
  beta?: number[];
  running_mean_in: number[];
  running_var_in: number[];
  y: number[];
  running_mean_out: number[];
  running_var_out: number[];
  dy: number[];
  dx: number[];
  dgamma?: number[];
  dbeta?: number[];
}

/** One module-sequence case of batchnorm.json. */
export interface SequenceCase {
  name: string;
  shape: number[];
  eps: number;
  momentum: number | null;
  train_batches: number[][];
  running_mean_after: number[][];
  running_var_after: number[][];
  eval_x: number[];
  eval_y: number[];
}

interface FixtureFile {
  tolerance: string;
  cases: (SingleCase | SequenceCase)[];
}

const path = new URL('./fixtures/batchnorm.json', import.meta.url);
// Fails loudly (ENOENT) when the copy is missing: never skip.
const file = JSON.parse(readFileSync(path, 'utf8')) as FixtureFile;

export const tolerance = file.tolerance;
export const singleCases = file.cases.filter((c): c is SingleCase => !('train_batches' in c));
export const sequenceCases = file.cases.filter((c): c is SequenceCase => 'train_batches' in c);

/** The file's rule: 1e-9 + 1e-9 |want|, or 1e-6 + 1e-6 |want| for cases named *offset*. */
export function caseTolerance(name: string): number {
  return name.includes('offset') ? 1e-6 : 1e-9;
}

/** Asserts |got - want| <= tol + tol * |want| elementwise, naming the first index that fails. */
export function expectClose(
  got: ArrayLike<number>,
  want: ArrayLike<number>,
  tol: number,
  what: string,
): void {
  expect(got.length, `${what}: length`).toBe(want.length);
  for (let i = 0; i < want.length; i++) {
    const g = got[i]!;
    const w = want[i]!;
    if (!(Math.abs(g - w) <= tol + tol * Math.abs(w))) {
      expect.fail(`${what}[${i}]: got ${g}, want ${w} (tolerance ${tol} + ${tol} * |want|)`);
    }
  }
}
