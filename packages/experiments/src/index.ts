export { checkpoint, throwIfAborted } from './abort.js';
export { checkResult } from './checkResult.js';
export { defineExperiment } from './defineExperiment.js';
export {
  ExperimentAbortError,
  ExperimentRunError,
  InvalidParamsError,
  ParamBlockError,
  ParamParseError,
  UnknownExperimentError,
} from './errors.js';
export type {
  AbortSignalLike,
  Experiment,
  ExperimentResult,
  RunContext,
  Table,
} from './experiment.js';
export { defaults } from './params/defaults.js';
export { describeRange } from './params/describeRange.js';
export { formatBlock } from './params/formatBlock.js';
export type {
  BooleanParam,
  Choice,
  ChoiceParam,
  IntegerParam,
  NumberParam,
  ParamRecord,
  ParamSchema,
  ParamSpec,
  ParamsOf,
  ParamValue,
  ValueOf,
} from './params/paramSpec.js';
export { parseBlock } from './params/parseBlock.js';
export { parseParamString } from './params/parseParamString.js';
export { parseParams } from './params/parseParams.js';
export { type ValidationResult, validate } from './params/validate.js';
export { type ExperimentId, experimentIds, experiments, getExperiment } from './registry.js';
export { runExperiment } from './runExperiment.js';
export { didYouMean, editDistance } from './suggest.js';
