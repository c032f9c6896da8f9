import type { Experiment } from './experiment.js';
import type { ParamSpec, ParamsOf } from './params/paramSpec.js';

/**
 * Declare an experiment from a schema literal, inferring its parameter types from the schema
 * (a choice's values become a string union) and keeping its id as a literal type.
 */
export function defineExperiment<
  const Id extends string,
  const S extends Record<string, ParamSpec>,
>(
  experiment: Omit<Experiment<ParamsOf<S>>, 'params' | 'id'> & { id: Id; params: S },
): Experiment<ParamsOf<S>> & { id: Id; params: S } {
  return experiment;
}
