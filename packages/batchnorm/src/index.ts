export { BATCHNORM_DEFAULTS } from './conventions/defaults.js';
export {
  type KerasBatchNormConfig,
  kerasToPyTorch,
  type PyTorchBatchNormConfig,
  pytorchToKeras,
} from './conventions/kerasToPyTorch.js';
export {
  biasedToUnbiasedVariance,
  unbiasedToBiasedVariance,
} from './conventions/runningVariance.js';
export { type DeepLinearStep, deepLinearStep } from './deep-linear/deepLinearStep.js';
export { productExpansion } from './deep-linear/productExpansion.js';
export { BatchNormError } from './errors.js';
export {
  type BatchNormOptions,
  type BatchNormResult,
  batchNorm,
  DEFAULT_EPS,
  DEFAULT_MOMENTUM,
} from './functional/batchNorm.js';
export type { BatchNormBackward, BatchNormGradients } from './functional/batchNormBackward.js';
export { type ChannelLayout, channelLayout } from './functional/channelLayout.js';
export {
  createRunningStats,
  type RunningStats,
  updateRunningStats,
} from './functional/runningStats.js';
export { jsKernels } from './kernels/jsKernels.js';
export type { BatchNormKernels, FloatArray } from './kernels/types.js';
export {
  BatchNorm,
  type BatchNormGradient,
  type BatchNormModuleOptions,
} from './module/BatchNorm.js';
export { type BatchNormUnfusedOptions, batchNormUnfused } from './module/batchNormUnfused.js';
export { type BatchNormVarOptions, batchNormVar } from './module/batchNormVar.js';
