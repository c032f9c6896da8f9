import { Var } from '../autograd/Var.js';
import type { Tensor } from '../tensor/Tensor.js';
import { checkLabels } from './labels.js';

/** Fraction of rows whose argmax (first on ties) equals the label: (1/n) sum_i [argmax z_i = y_i]. */
export function accuracy(logits: Tensor | Var, labels: ArrayLike<number>): number {
  const t = logits instanceof Var ? logits.value : logits;
  checkLabels('accuracy', t.shape, labels);
  const [n, c] = t.shape as [number, number];
  if (n === 0) return 0;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let j = 1; j < c; j++) if (t.data[i * c + j]! > t.data[i * c + best]!) best = j;
    if (best === labels[i]) hits++;
  }
  return hits / n;
}
