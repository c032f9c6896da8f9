/** A number for a sentence: 3 significant digits, exponent form for very small or large values. */
export function fmt(x: number, digits = 3): string {
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a < 1e-3 || a >= 1e5) return x.toExponential(digits - 1);
  return String(Number(x.toPrecision(digits)));
}
