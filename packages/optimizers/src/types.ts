/** One parameter array, updated in place. Float32 params get Float32 optimizer buffers. */
export type Param = Float64Array | Float32Array;

/** One parameter array or several (e.g. every weight and bias of a network). */
export type Params = Param | readonly Param[];

/** A learning rate as a function of the number of steps already taken (0 for the first step). */
export type Schedule = (step: number) => number;

/** A learning rate: a constant or a schedule. */
export type LearningRate = number | Schedule;

/**
 * Plain optimizer state: the step count, per-parameter buffers (one array per param, same order
 * and length) and scalars. Typed arrays only, no classes; `stateToJSON` makes it JSON.
 */
export interface OptimizerState {
  step: number;
  buffers: Record<string, Param[]>;
  scalars: Record<string, number>;
}

/** Writes the gradient of the objective at `point` into `out` (same layout as the params). */
export type GradientFunction = (point: Params, out: Params) => void;

/** A first-order optimizer (optax-shaped): `init` makes state, `step` updates params and state in place. */
export interface Optimizer<O = unknown> {
  readonly kind: 'gradient';
  /** e.g. `Adam`. */
  readonly name: string;
  /** The resolved hyper-parameters, defaults filled in. */
  readonly options: Readonly<O>;
  init(params: Params): OptimizerState;
  /** theta <- theta - update(grads); mutates `params` and `state`, returns `state`. */
  step(params: Params, grads: Params, state: OptimizerState): OptimizerState;
}

/** An optimizer that evaluates the gradient itself, at a point of its choosing (look-ahead methods). */
export interface LookaheadOptimizer<O = unknown> {
  readonly kind: 'lookahead';
  readonly name: string;
  readonly options: Readonly<O>;
  init(params: Params): OptimizerState;
  /** Calls `gradient` at the look-ahead point, then updates `params` and `state` in place. */
  step(params: Params, gradient: GradientFunction, state: OptimizerState): OptimizerState;
}
