/**
 * Exact arithmetic on doubles for tests: every finite double is m * 2^e with integer m, and sums
 * and products of such numbers stay in that form, so BigInt mantissas give exact results.
 */
export interface Dyadic {
  m: bigint;
  e: number;
}

const view = new DataView(new ArrayBuffer(8));

/** The exact value of a finite double. */
export function dyadic(x: number): Dyadic {
  if (!Number.isFinite(x)) throw new Error(`dyadic: not finite: ${x}`);
  if (x === 0) return { m: 0n, e: 0 };
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  return exponent === 0
    ? { m: sign * fraction, e: -1074 }
    : { m: sign * (fraction | 0x10000000000000n), e: exponent - 1075 };
}

export function mul(a: Dyadic, b: Dyadic): Dyadic {
  return { m: a.m * b.m, e: a.e + b.e };
}

export function add(a: Dyadic, b: Dyadic): Dyadic {
  if (a.e <= b.e) return { m: a.m + (b.m << BigInt(b.e - a.e)), e: a.e };
  return { m: b.m + (a.m << BigInt(a.e - b.e)), e: b.e };
}

export function neg(a: Dyadic): Dyadic {
  return { m: -a.m, e: a.e };
}

/** Rounds to the nearest double (up to one ulp, enough for 1e-12 comparisons). */
export function toNumber(a: Dyadic): number {
  if (a.m === 0n) return 0;
  // keep 64 significant bits so Number() does not overflow on long mantissas
  const bits = a.m < 0n ? (-a.m).toString(2).length : a.m.toString(2).length;
  const drop = Math.max(0, bits - 64);
  return Number(a.m >> BigInt(drop)) * 2 ** (a.e + drop);
}
