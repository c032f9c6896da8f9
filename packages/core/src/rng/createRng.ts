import { ArgumentError } from '../errors.js';

/** A seeded pseudo-random generator (sfc32): the same seed gives the same sequence everywhere. */
export interface Rng {
  /** Next raw output: a uniform 32-bit unsigned integer. */
  next(): number;
  /** Uniform on [lo, hi) with 53 random bits. */
  uniform(lo?: number, hi?: number): number;
  /** Normal N(mean, std^2) by the Box-Muller transform. */
  normal(mean?: number, std?: number): number;
  /** Uniform integer in 0..n-1, without modulo bias. */
  int(n: number): number;
  /** Fisher-Yates shuffle of `a` in place; returns `a`. */
  shuffle<T>(a: T[]): T[];
  /** A uniformly chosen element of a non-empty array. */
  choice<T>(a: readonly T[]): T;
  /** The four 32-bit state words; `rngFromState(state)` resumes the sequence from here. */
  state(): number[];
}

const TWO_POW_32 = 4294967296;

function sfc32(a: number, b: number, c: number, d: number): Rng {
  const next = (): number => {
    // sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), 32-bit arithmetic.
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  const uniform01 = (): number => {
    // 27 + 26 = 53 bits, so every double in [0, 1) on the 2^-53 grid is reachable.
    const hi = next() >>> 5;
    const lo = next() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  };
  const int = (n: number): number => {
    if (!Number.isInteger(n) || n <= 0 || n > TWO_POW_32) {
      throw new ArgumentError(`int: n must be an integer in 1..2^32, got ${n}`);
    }
    // Reject the top partial block so every residue is equally likely.
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    let x = next();
    while (x >= limit) x = next();
    return x % n;
  };
  return {
    next,
    uniform: (lo = 0, hi = 1) => lo + (hi - lo) * uniform01(),
    normal: (mean = 0, std = 1) => {
      const u1 = 1 - uniform01(); // (0, 1], so log(u1) is finite
      const u2 = uniform01();
      return mean + std * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
    int,
    shuffle: <T>(arr: T[]): T[] => {
      for (let i = arr.length - 1; i > 0; i--) {
        const j = int(i + 1);
        const tmp = arr[i]!;
        arr[i] = arr[j]!;
        arr[j] = tmp;
      }
      return arr;
    },
    choice: <T>(arr: readonly T[]): T => {
      if (arr.length === 0) throw new ArgumentError('choice: the array is empty');
      return arr[int(arr.length)]!;
    },
    state: () => [a >>> 0, b >>> 0, c >>> 0, d >>> 0],
  };
}

/** Creates a seeded generator; `seed` is any integer with |seed| < 2^53. */
export function createRng(seed: number): Rng {
  if (!Number.isSafeInteger(seed)) {
    throw new ArgumentError(`createRng: seed must be a safe integer, got ${seed}`);
  }
  const lo = seed >>> 0;
  const hi = Math.floor(seed / TWO_POW_32) >>> 0;
  const rng = sfc32(0x9e3779b9, 0x243f6a88 ^ hi, 0xb7e15162, lo);
  // Warm up so nearby seeds decorrelate.
  for (let i = 0; i < 15; i++) rng.next();
  return rng;
}

/** Resumes a generator from `rng.state()`: the continuation is identical. */
export function rngFromState(state: readonly number[]): Rng {
  if (state.length !== 4 || state.some((w) => !Number.isInteger(w) || w < 0 || w >= TWO_POW_32)) {
    throw new ArgumentError(
      'rngFromState: state must be four unsigned 32-bit integers from rng.state()',
    );
  }
  return sfc32(state[0]! | 0, state[1]! | 0, state[2]! | 0, state[3]! | 0);
}
