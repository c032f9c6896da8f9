import type { Objective } from '../objectives/objective.js';
import type { OptimizerState } from '../types.js';

/**
 * A method that queries the objective itself (values, gradients, Hessians, 1-D minimizations):
 * Newton, exact line search, coordinate descent. `step` moves `x` in place.
 */
export interface SearchMethod<O = unknown> {
  readonly kind: 'search';
  readonly name: string;
  readonly options: Readonly<O>;
  init(x: Float64Array, objective: Objective): OptimizerState;
  step(x: Float64Array, objective: Objective, state: OptimizerState): OptimizerState;
}
