import type { GridSamples } from '@dl8/viz';

/** f sampled on an nx x ny grid over [x0, x1] x [y0, y1], row-major by y, as a contour chart takes it. */
export function contourGrid(
  f: (x: number, y: number) => number,
  [x0, x1]: readonly [number, number],
  [y0, y1]: readonly [number, number],
  nx = 41,
  ny = 41,
): GridSamples {
  const x = Array.from({ length: nx }, (_, i) => x0 + ((x1 - x0) * i) / (nx - 1));
  const y = Array.from({ length: ny }, (_, j) => y0 + ((y1 - y0) * j) / (ny - 1));
  const z: number[] = [];
  for (const yj of y) for (const xi of x) z.push(f(xi, yj));
  return { x, y, z };
}
