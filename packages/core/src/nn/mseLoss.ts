import { Var } from '../autograd/Var.js';
import { formatShape, ShapeError } from '../errors.js';
import type { Tensor } from '../tensor/Tensor.js';

/** Mean squared error (1/n) sum_i (pred_i - target_i)^2 over all entries; shapes must match. */
export function mseLoss(pred: Var, target: Var | Tensor): Var {
  const t = target instanceof Var ? target : new Var(target, { requiresGrad: false });
  if (pred.shape.length !== t.shape.length || pred.shape.some((d, i) => d !== t.shape[i])) {
    throw new ShapeError(
      `mseLoss: prediction ${formatShape(pred.shape)} and target ${formatShape(t.shape)} differ`,
    );
  }
  return pred.sub(t).square().mean();
}
