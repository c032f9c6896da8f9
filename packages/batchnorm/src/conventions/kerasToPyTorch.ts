import { BatchNormError } from '../errors.js';

/** Keras / tfjs batch-norm settings, under their own names. */
export interface KerasBatchNormConfig {
  /** share of the old moving average kept per batch (Keras default 0.99) */
  momentum: number;
  /** added to the variance inside the square root (Keras default 1e-3) */
  epsilon: number;
}

/** PyTorch batch-norm settings, under its names. */
export interface PyTorchBatchNormConfig {
  /** share of the new batch statistic per batch (PyTorch default 0.1) */
  momentum: number;
  /** added to the variance inside the square root (PyTorch default 1e-5) */
  eps: number;
}

function checkUnit(value: number, what: string, who: string): void {
  if (!(value >= 0 && value <= 1)) {
    throw new BatchNormError(`${who}: ${what} must be in [0, 1], got ${value}`);
  }
}

/** Keras { momentum: mk, epsilon } -> PyTorch { momentum: 1 - mk, eps: epsilon }. */
export function kerasToPyTorch(config: KerasBatchNormConfig): PyTorchBatchNormConfig {
  checkUnit(config.momentum, 'momentum', 'kerasToPyTorch');
  return { momentum: 1 - config.momentum, eps: config.epsilon };
}

/** PyTorch { momentum: mp, eps } -> Keras { momentum: 1 - mp, epsilon: eps }. */
export function pytorchToKeras(config: PyTorchBatchNormConfig): KerasBatchNormConfig {
  checkUnit(config.momentum, 'momentum', 'pytorchToKeras');
  return { momentum: 1 - config.momentum, epsilon: config.eps };
}
