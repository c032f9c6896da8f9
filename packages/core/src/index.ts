export { type GradcheckOptions, type GradcheckResult, gradcheck } from './autograd/gradcheck.js';
export { isGradEnabled, noGrad } from './autograd/gradMode.js';
export { type BackwardFn, Var, type VarLike } from './autograd/Var.js';
export { type BlobsOptions, blobs } from './datasets/blobs.js';
export {
  type LinearRegressionOptions,
  linearRegression,
  type RegressionDataset,
} from './datasets/linearRegression.js';
export { type Batch, type MinibatchOptions, minibatches } from './datasets/minibatches.js';
export { moons } from './datasets/moons.js';
export { type SpiralsOptions, spirals } from './datasets/spirals.js';
export type { ClassificationDataset, Dataset, DatasetOptions } from './datasets/types.js';
export { xor } from './datasets/xor.js';
export { ArgumentError, ShapeError } from './errors.js';
export { accuracy } from './nn/accuracy.js';
export { ReLU, Sigmoid, Tanh } from './nn/activations.js';
export { Linear, type LinearOptions } from './nn/Linear.js';
export { Module } from './nn/Module.js';
export { mseLoss } from './nn/mseLoss.js';
export { Sequential } from './nn/Sequential.js';
export { softmaxCrossEntropy } from './nn/softmaxCrossEntropy.js';
export { createRng, type Rng, rngFromState } from './rng/createRng.js';
export { add, div, maximum, mul, pow, sub } from './tensor/arithmetic.js';
export type { TensorLike } from './tensor/broadcastBinary.js';
export { broadcastTo } from './tensor/broadcastTo.js';
export { arange, eye, fromArray, full, linspace, ones, tensor, zeros } from './tensor/create.js';
export { matmul } from './tensor/matmul.js';
export { rand, randn } from './tensor/random.js';
export { type Axis, max, mean, sum } from './tensor/reduce.js';
export { reshape } from './tensor/reshape.js';
export { broadcastShapes } from './tensor/shape.js';
export { sliceRows, takeRows } from './tensor/sliceRows.js';
export { logSoftmax, softmax } from './tensor/softmax.js';
export { sumToShape } from './tensor/sumToShape.js';
export { type NestedArray, Tensor } from './tensor/Tensor.js';
export { toNested } from './tensor/toNested.js';
export { transpose } from './tensor/transpose.js';
export { abs, exp, log, map, neg, relu, sigmoid, sqrt, square, tanh } from './tensor/unary.js';
export { type VarianceOptions, variance } from './tensor/variance.js';
