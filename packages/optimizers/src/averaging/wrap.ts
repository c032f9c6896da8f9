import type {
  GradientFunction,
  LookaheadOptimizer,
  Optimizer,
  OptimizerState,
  Params,
} from '../types.js';

/** Either kind of optimizer; averaging wraps both. */
export type AnyOptimizer = Optimizer | LookaheadOptimizer;

/**
 * Builds a wrapper of the same kind as `inner` that runs inner's step, then `after(params, state)`.
 * The wrapper's state is inner's state plus its own buffers/scalars, so it stays one plain object.
 */
export function wrapOptimizer<T extends AnyOptimizer>(
  inner: T,
  name: string,
  options: unknown,
  init: (params: Params, state: OptimizerState) => void,
  after: (params: Params, state: OptimizerState) => void,
): T {
  const wrapped = {
    kind: inner.kind,
    name,
    options,
    inner,
    init(params: Params): OptimizerState {
      const state = inner.init(params);
      init(params, state);
      return state;
    },
    step(
      params: Params,
      gradsOrFn: Params | GradientFunction,
      state: OptimizerState,
    ): OptimizerState {
      (
        inner.step as (p: Params, g: Params | GradientFunction, s: OptimizerState) => OptimizerState
      )(params, gradsOrFn, state);
      after(params, state);
      return state;
    },
  };
  return wrapped as unknown as T;
}
