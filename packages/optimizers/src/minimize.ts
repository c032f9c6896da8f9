import { OptimizerInputError, OptimizerOptionError } from './errors.js';
import type { Objective } from './objectives/objective.js';
import type { SearchMethod } from './search/types.js';
import { type JsonValue, stateToJSON } from './state.js';
import type { GradientFunction, LookaheadOptimizer, Optimizer, OptimizerState } from './types.js';

/** Anything `minimize` can run: a first-order optimizer, a look-ahead one, or a search method. */
export type Method = Optimizer | LookaheadOptimizer | SearchMethod;

/** What `onStep` sees after each step (x is the live point: copy it to keep it). */
export interface StepInfo {
  step: number;
  x: Float64Array;
  loss: number;
  gradNorm: number;
  state: OptimizerState;
}

/** Options of `minimize`. */
export interface MinimizeOptions {
  x0: ArrayLike<number>;
  /** Maximum number of steps (default 100). */
  steps?: number;
  /** Stop once ||grad f|| <= tolerance (default 0: run all steps). */
  tolerance?: number;
  onStep?: (info: StepInfo) => void;
  /** An AbortSignal (or anything with `aborted`), checked before every step; an aborted run returns what it has with `stopped: 'aborted'`. */
  signal?: { readonly aborted: boolean };
  /** Record the method's state (as JSON) after every step. */
  recordState?: boolean;
}

/** The path of a run: entry k is the point after k steps (entry 0 is x0). */
export interface Trajectory {
  method: string;
  objective: string;
  positions: number[][];
  losses: number[];
  gradNorms: number[];
  /** Present when `recordState`: states[k] is the state after step k + 1. */
  states?: JsonValue[];
  x: Float64Array;
  steps: number;
  stopped: 'steps' | 'tolerance' | 'aborted' | 'diverged';
}

function norm(g: Float64Array): number {
  let s = 0;
  for (let i = 0; i < g.length; i++) s += g[i]! * g[i]!;
  return Math.sqrt(s);
}

/** Runs `method` on `objective` from x0 and returns the trajectory (positions, losses, gradient norms). */
export function minimize(
  objective: Objective,
  method: Method,
  options: MinimizeOptions,
): Trajectory {
  const x = Float64Array.from(options.x0);
  if (x.length !== objective.dim) {
    throw new OptimizerInputError(
      `minimize: x0 has length ${x.length}; ${objective.name} takes ${objective.dim} coordinates`,
    );
  }
  const steps = options.steps ?? 100;
  if (!(Number.isInteger(steps) && steps >= 0)) {
    throw new OptimizerOptionError(
      'steps',
      `minimize: invalid steps ${steps}: must be an integer >= 0`,
    );
  }
  const tolerance = options.tolerance ?? 0;
  if (!(tolerance >= 0))
    throw new OptimizerOptionError(
      'tolerance',
      `minimize: invalid tolerance ${tolerance}: must be >= 0`,
    );
  const g = new Float64Array(x.length);
  const gradient: GradientFunction = (point, out) => {
    objective.gradient(point as Float64Array, out as Float64Array);
  };
  const state = method.kind === 'search' ? method.init(x, objective) : method.init(x);
  const t: Trajectory = {
    method: method.name,
    objective: objective.name,
    positions: [Array.from(x)],
    losses: [objective.value(x)],
    gradNorms: [norm(objective.gradient(x, g))],
    ...(options.recordState ? { states: [] } : {}),
    x,
    steps: 0,
    stopped: 'steps',
  };
  if (t.gradNorms[0]! <= tolerance && tolerance > 0) t.stopped = 'tolerance';
  while (t.stopped === 'steps' && t.steps < steps) {
    if (options.signal?.aborted) {
      t.stopped = 'aborted';
      break;
    }
    if (method.kind === 'gradient') method.step(x, g, state);
    else if (method.kind === 'lookahead') method.step(x, gradient, state);
    else method.step(x, objective, state);
    t.steps++;
    const loss = objective.value(x);
    const gn = norm(objective.gradient(x, g));
    t.positions.push(Array.from(x));
    t.losses.push(loss);
    t.gradNorms.push(gn);
    t.states?.push(stateToJSON(state));
    options.onStep?.({ step: t.steps, x, loss, gradNorm: gn, state });
    if (!Number.isFinite(loss)) t.stopped = 'diverged';
    else if (tolerance > 0 && gn <= tolerance) t.stopped = 'tolerance';
  }
  return t;
}
