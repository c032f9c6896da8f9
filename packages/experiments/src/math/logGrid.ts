/** n points from lo to hi spaced evenly on a log scale (both ends included; lo, hi > 0). */
export function logGrid(lo: number, hi: number, n: number): number[] {
  if (n === 1) return [lo];
  const a = Math.log(lo);
  const step = (Math.log(hi) - a) / (n - 1);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? hi : Math.exp(a + i * step)));
}
