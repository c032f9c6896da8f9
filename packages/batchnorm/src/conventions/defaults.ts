/** Each framework's batch-norm defaults, named so none is silently assumed. */
export const BATCHNORM_DEFAULTS = {
  /** torch.nn.BatchNorm*d: momentum = share of the NEW statistic; running var is unbiased */
  pytorch: { eps: 1e-5, momentum: 0.1, runningVariance: 'unbiased' },
  /** tf.keras / tfjs BatchNormalization: momentum = share KEPT; moving variance is biased */
  keras: { epsilon: 1e-3, momentum: 0.99, runningVariance: 'biased' },
  /** Goodfellow, Bengio, Courville 8.7.1: delta inside the square root, example value 1e-8 */
  book: { eps: 1e-8 },
} as const;
