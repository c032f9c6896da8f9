import { UnknownExperimentError } from './errors.js';
import type { Experiment } from './experiment.js';
import { bnDeepLinear } from './experiments/bn-deep-linear.js';
import { bnGradientDirections } from './experiments/bn-gradient-directions.js';
import { bnRunningStats } from './experiments/bn-running-stats.js';
import { bnTraining } from './experiments/bn-training.js';
import { continuation } from './experiments/continuation.js';
import { coordinateDescentExperiment } from './experiments/coordinate-descent.js';
import { gammaBeta } from './experiments/gamma-beta.js';
import { higherOrderEffects } from './experiments/higher-order-effects.js';
import { optimizerRace } from './experiments/optimizer-race.js';
import { polyakAveraging } from './experiments/polyak-averaging.js';
import { separableVsCoupled } from './experiments/separable-vs-coupled.js';
import { sparseCoding } from './experiments/sparse-coding.js';

const registered = [
  optimizerRace,
  higherOrderEffects,
  bnGradientDirections,
  gammaBeta,
  bnTraining,
  bnDeepLinear,
  bnRunningStats,
  coordinateDescentExperiment,
  separableVsCoupled,
  sparseCoding,
  polyakAveraging,
  continuation,
] as const;

/** Every experiment, in chapter order. */
export const experiments: readonly Experiment[] = registered;

/** The id of a registered experiment. */
export type ExperimentId = (typeof registered)[number]['id'];

/** The ids of every experiment, in chapter order. */
export const experimentIds: readonly string[] = experiments.map((e) => e.id);

/** The experiment with this id (typed by id); throws UnknownExperimentError naming the known ids. */
export function getExperiment<K extends ExperimentId>(
  id: K,
): Extract<(typeof registered)[number], { id: K }>;
export function getExperiment(id: string): Experiment;
export function getExperiment(id: string): Experiment {
  const found = experiments.find((e) => e.id === id);
  if (!found) throw new UnknownExperimentError(id, experimentIds);
  return found;
}
