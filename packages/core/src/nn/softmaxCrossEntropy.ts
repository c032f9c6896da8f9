import { Var } from '../autograd/Var.js';
import { logSoftmax } from '../tensor/softmax.js';
import { Tensor } from '../tensor/Tensor.js';
import { checkLabels } from './labels.js';

/**
 * Cross-entropy of softmax(logits) against integer labels, averaged over the batch:
 * L = -(1/n) sum_i log softmax(z_i)[y_i]. Computed from log-softmax (stable for large logits);
 * dL/dz_i = (softmax(z_i) - onehot(y_i)) / n.
 */
export function softmaxCrossEntropy(logits: Var, labels: ArrayLike<number>): Var {
  checkLabels('softmaxCrossEntropy', logits.shape, labels);
  const [n, c] = logits.shape as [number, number];
  const lp = logSoftmax(logits.value, 1);
  let loss = 0;
  for (let i = 0; i < n; i++) loss -= lp.data[i * c + labels[i]!]!;
  const value = new Tensor(Float64Array.of(n === 0 ? 0 : loss / n), []);
  const ys = Array.from({ length: n }, (_, i) => labels[i]!);
  return Var.op(
    value,
    [logits],
    (g) => {
      const scale = g.data[0]! / n;
      const d = new Float64Array(n * c);
      for (let i = 0; i < n * c; i++) d[i] = Math.exp(lp.data[i]!) * scale;
      for (let i = 0; i < n; i++) d[i * c + ys[i]!]! -= scale;
      return [new Tensor(d, logits.shape)];
    },
    'softmaxCrossEntropy',
  );
}
