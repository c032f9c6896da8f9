import { ArgumentError, formatShape, ShapeError } from '../errors.js';
import { add } from '../tensor/arithmetic.js';
import { sameShape } from '../tensor/shape.js';
import type { Tensor } from '../tensor/Tensor.js';
import type { Var } from './Var.js';

/**
 * The chain rule in reverse topological order: starting from dL/d(root) = seed, each node's
 * rule turns dL/d(node) into dL/d(parent), and every node that requires grad gets dL/d(node)
 * added into its `grad`.
 */
export function backpropagate(root: Var, seed: Tensor): void {
  const order = topologicalOrder(root);
  // Gradients of this sweep live here, so a second backward never re-sends old gradients.
  const pending = new Map<Var, Tensor>([[root, seed]]);
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    const g = pending.get(node);
    if (g === undefined) continue;
    pending.delete(node);
    node.grad = node.grad === null ? g.clone() : add(node.grad, g);
    const rule = node.rule;
    if (rule === null) continue;
    const grads = rule(g);
    const parents = node.inputs;
    const op = node.name ?? 'op';
    if (grads.length !== parents.length) {
      throw new ArgumentError(
        `${op} backward: returned ${grads.length} gradients for ${parents.length} inputs`,
      );
    }
    parents.forEach((p, k) => {
      const pg = grads[k];
      if (!p.requiresGrad || pg === null || pg === undefined) return;
      if (!sameShape(pg.shape, p.shape)) {
        throw new ShapeError(
          `${op} backward: gradient for input ${k} has shape ${formatShape(pg.shape)}, expected ${formatShape(p.shape)}`,
        );
      }
      const prev = pending.get(p);
      pending.set(p, prev === undefined ? pg : add(prev, pg));
    });
  }
}

/** Post-order DFS over nodes that require grad (iterative, so deep graphs cannot overflow the stack). */
function topologicalOrder(root: Var): Var[] {
  const order: Var[] = [];
  const seen = new Set<Var>([root]);
  const stack: [Var, number][] = [[root, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [node, k] = top;
    const parents = node.inputs;
    if (k < parents.length) {
      top[1] = k + 1;
      const p = parents[k]!;
      if (p.requiresGrad && !seen.has(p)) {
        seen.add(p);
        stack.push([p, 0]);
      }
    } else {
      stack.pop();
      order.push(node);
    }
  }
  return order;
}
