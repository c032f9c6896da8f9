import { OptimizerInputError } from './errors.js';
import type { Optimizer, OptimizerState } from './types.js';

/** The shape of a @dl8/core parameter (`Var`) this adapter needs: value and grad tensors' data. */
export interface TrainableParameter {
  value: { data: Float64Array };
  grad: { data: Float64Array } | null;
  zeroGrad?(): void;
}

/** Anything with `parameters()`, such as a @dl8/core `Module`. */
export interface ParameterSource {
  parameters(): readonly TrainableParameter[];
}

/** A bound optimizer for a module: `step()` after `backward()` updates every parameter in place. */
export interface ModuleTrainer {
  readonly params: Float64Array[];
  state: OptimizerState;
  step(): void;
  /** Clears every parameter's gradient (core's `Var.zeroGrad()`, else `grad = null`) before the next backward. */
  zeroGrad(): void;
}

/**
 * Binds `optimizer` to `module.parameters()`: each `step()` reads `param.grad.data` and updates
 * `param.value.data` in place. A parameter with no gradient yet is stepped with a zero gradient
 * (torch would skip it; the difference shows only with weight decay or momentum).
 */
export function trainModule(optimizer: Optimizer, module: ParameterSource): ModuleTrainer {
  const vars = module.parameters();
  if (vars.length === 0) throw new OptimizerInputError('trainModule: the module has no parameters');
  const params = vars.map((v) => v.value.data);
  const zeros = params.map((p) => new Float64Array(p.length));
  const grads: Float64Array[] = params.map((_, i) => zeros[i]!);
  const trainer: ModuleTrainer = {
    params,
    state: optimizer.init(params),
    step() {
      for (let i = 0; i < vars.length; i++) {
        const v = vars[i]!;
        if (v.value.data !== params[i]) {
          throw new OptimizerInputError(
            `trainModule: parameter ${i}'s value tensor was replaced; the optimizer updates arrays in place`,
          );
        }
        grads[i] = v.grad ? v.grad.data : zeros[i]!;
      }
      optimizer.step(params, grads, trainer.state);
    },
    zeroGrad() {
      for (const v of vars) {
        if (v.zeroGrad) v.zeroGrad();
        else v.grad = null;
      }
    },
  };
  return trainer;
}
