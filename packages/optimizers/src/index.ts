export { ema } from './averaging/ema.js';
export { averagedParams, polyak } from './averaging/polyak.js';
export { type NesterovBookOptions, nesterovBook } from './book/nesterovBook.js';
export { type RmspropBookOptions, rmspropBook } from './book/rmspropBook.js';
export {
  type RmspropNesterovBookOptions,
  rmspropNesterovBook,
} from './book/rmspropNesterovBook.js';
export {
  type BlockCoordinateDescentOptions,
  blockCoordinateDescent,
} from './coordinate/blockCoordinateDescent.js';
export { type BlockSolver, exactQuadraticBlock, newtonBlock } from './coordinate/blockSolvers.js';
export {
  type CoordinateDescentOptions,
  type CoordinateSolver,
  coordinateDescent,
} from './coordinate/coordinateDescent.js';
export {
  exactQuadraticCoordinate,
  lassoCoordinate,
  lineCoordinate,
} from './coordinate/coordinateMinimizers.js';
export { type LassoSolution, lassoCoordinateDescent } from './coordinate/lassoCoordinateDescent.js';
export type { CoordinateOrder, IntRng } from './coordinate/order.js';
export { softThreshold } from './coordinate/softThreshold.js';
export { OptimizerInputError, OptimizerOptionError } from './errors.js';
export {
  type Method,
  type MinimizeOptions,
  minimize,
  type StepInfo,
  type Trajectory,
} from './minimize.js';
export { beale } from './objectives/beale.js';
export { coupledQuadratic } from './objectives/coupledQuadratic.js';
export { ellipse } from './objectives/ellipse.js';
export { himmelblau } from './objectives/himmelblau.js';
export { type LassoProblem, lasso, lassoProblem } from './objectives/lasso.js';
export type { Objective, QuadraticForm } from './objectives/objective.js';
export { quadratic } from './objectives/quadratic.js';
export { rosenbrock } from './objectives/rosenbrock.js';
export { saddle } from './objectives/saddle.js';
export { constantSchedule } from './schedules/constant.js';
export { cosineSchedule } from './schedules/cosine.js';
export { exponentialSchedule } from './schedules/exponential.js';
export { linearDecay } from './schedules/linearDecay.js';
export { linearWarmup } from './schedules/linearWarmup.js';
export { stepSchedule } from './schedules/stepDecay.js';
export { type Bracket, bracketMinimum } from './search/bracketMinimum.js';
export { brent, type ScalarMinimum } from './search/brent.js';
export { goldenSection } from './search/goldenSection.js';
export { exactStepLength, lineSearchDescent } from './search/lineSearchDescent.js';
export { minimizeScalar, type ScalarOptions } from './search/minimizeScalar.js';
export { newton } from './search/newton.js';
export { solveLinear } from './search/solveLinear.js';
export type { SearchMethod } from './search/types.js';
export { cloneState, type JsonValue, stateFromJSON, stateToJSON } from './state.js';
export { type AdadeltaOptions, adadelta } from './torch/adadelta.js';
export { type AdagradOptions, adagrad } from './torch/adagrad.js';
export { type AdamOptions, adam } from './torch/adam.js';
export { type AdamaxOptions, adamax } from './torch/adamax.js';
export { type AdamWOptions, adamw } from './torch/adamw.js';
export { type NadamOptions, nadam } from './torch/nadam.js';
export { type RadamOptions, radam } from './torch/radam.js';
export { type RmspropOptions, rmsprop } from './torch/rmsprop.js';
export { type SgdOptions, sgd } from './torch/sgd.js';
export {
  type ModuleTrainer,
  type ParameterSource,
  type TrainableParameter,
  trainModule,
} from './trainModule.js';
export type {
  GradientFunction,
  LearningRate,
  LookaheadOptimizer,
  Optimizer,
  OptimizerState,
  Param,
  Params,
  Schedule,
} from './types.js';
