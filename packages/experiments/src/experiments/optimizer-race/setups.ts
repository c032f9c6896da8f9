import { beale, ellipse, himmelblau, type Objective, rosenbrock, saddle } from '@dl8/optimizers';

/** A 2-D test objective with its start point, plot window and contour spacing. */
export interface Setup {
  make(): Objective;
  x0: [number, number];
  xRange: [number, number];
  yRange: [number, number];
  logLevels: boolean;
}

/** The objectives the race can run on, by choice value. */
export const SETUPS: Record<string, Setup> = {
  ellipse: {
    make: () => ellipse({ condition: 20, angle: Math.PI / 6 }),
    x0: [-2, 1.5],
    xRange: [-2.5, 2.5],
    yRange: [-2.5, 2.5],
    logLevels: true,
  },
  rosenbrock: {
    make: () => rosenbrock(),
    x0: [-1.5, 2],
    xRange: [-2, 2],
    yRange: [-1, 3],
    logLevels: true,
  },
  beale: {
    make: () => beale(),
    x0: [1, 1.5],
    xRange: [-1, 4.5],
    yRange: [-1.5, 2],
    logLevels: true,
  },
  himmelblau: {
    make: () => himmelblau(),
    x0: [0, 0],
    xRange: [-5, 5],
    yRange: [-5, 5],
    logLevels: true,
  },
  saddle: {
    make: () => saddle(),
    x0: [1.5, 0.01],
    xRange: [-2, 2],
    yRange: [-2, 2],
    logLevels: false,
  },
};
