import type { Objective } from '@dl8/optimizers';

/** A 2-D objective as f(x, y), reusing one point buffer (for contour grids). */
export function objectiveValue2d(objective: Objective): (x: number, y: number) => number {
  const point = new Float64Array(2);
  return (x, y) => {
    point[0] = x;
    point[1] = y;
    return objective.value(point);
  };
}
