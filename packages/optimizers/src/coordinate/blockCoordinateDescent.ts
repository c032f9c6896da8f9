import { OptimizerOptionError } from '../errors.js';
import type { SearchMethod } from '../search/types.js';
import type { OptimizerState } from '../types.js';
import { type BlockSolver, exactQuadraticBlock } from './blockSolvers.js';
import { type CoordinateOrder, checkOrder, type IntRng } from './order.js';

/** Options of block coordinate descent: the groups, the per-block solver and the block order. */
export interface BlockCoordinateDescentOptions {
  groups: readonly (readonly number[])[];
  /** Default: exact minimization for quadratics (`exactQuadraticBlock`). */
  solver?: BlockSolver;
  order?: CoordinateOrder;
  rng?: IntRng;
  /** 'sweep' (default): one step visits groups.length blocks; 'block': one block per step. */
  perStep?: 'sweep' | 'block';
}

/**
 * Block coordinate descent (8.7.2): minimize over one group of coordinates at a time with a
 * per-block solver; greedy order picks the block with the largest gradient norm.
 */
export function blockCoordinateDescent(
  options: BlockCoordinateDescentOptions,
): SearchMethod<BlockCoordinateDescentOptions> {
  const { groups } = options;
  const order = options.order ?? 'cyclic';
  const solver = options.solver ?? exactQuadraticBlock;
  const perStep = options.perStep ?? 'sweep';
  checkOrder('blockCoordinateDescent', order, options.rng);
  if (
    !Array.isArray(groups) ||
    groups.length === 0 ||
    groups.some((g) => !Array.isArray(g) || g.length === 0)
  ) {
    throw new OptimizerOptionError(
      'groups',
      'blockCoordinateDescent: groups must be a non-empty list of non-empty index lists',
    );
  }
  if (perStep !== 'sweep' && perStep !== 'block') {
    throw new OptimizerOptionError(
      'perStep',
      `blockCoordinateDescent: invalid perStep ${JSON.stringify(perStep)}: must be 'sweep' or 'block'`,
    );
  }
  return {
    kind: 'search',
    name: `block coordinate descent (${order})`,
    options: { ...options, order, solver, perStep },
    init(x): OptimizerState {
      for (const g of groups) {
        for (const i of g) {
          if (!(Number.isInteger(i) && i >= 0 && i < x.length)) {
            throw new OptimizerOptionError(
              'groups',
              `blockCoordinateDescent: index ${i} is not a coordinate of a ${x.length}-dimensional point (0..${x.length - 1})`,
            );
          }
        }
      }
      return { step: 0, buffers: {}, scalars: { nextBlock: 0, lastBlock: -1 } };
    },
    step(x, objective, state) {
      const count = perStep === 'sweep' ? groups.length : 1;
      for (let u = 0; u < count; u++) {
        let b: number;
        if (order === 'cyclic') {
          b = (state.scalars['nextBlock'] ?? 0) % groups.length;
          state.scalars['nextBlock'] = (b + 1) % groups.length;
        } else if (order === 'random') {
          b = options.rng!.int(groups.length);
        } else {
          const g = objective.gradient(x);
          b = 0;
          let best = -1;
          groups.forEach((group, k) => {
            let s = 0;
            for (const i of group) s += g[i]! * g[i]!;
            if (s > best) {
              best = s;
              b = k;
            }
          });
        }
        solver(x, groups[b]!, objective);
        state.scalars['lastBlock'] = b;
      }
      state.step += 1;
      return state;
    },
  };
}
