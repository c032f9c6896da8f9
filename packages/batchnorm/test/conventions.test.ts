import { describe, expect, it } from 'vitest';
import {
  BATCHNORM_DEFAULTS,
  BatchNormError,
  batchNorm,
  biasedToUnbiasedVariance,
  createRunningStats,
  kerasToPyTorch,
  pytorchToKeras,
  unbiasedToBiasedVariance,
} from '../src/index.js';
import { expectClose } from './fixture.js';

describe('BATCHNORM_DEFAULTS', () => {
  it('names each framework default', () => {
    expect(BATCHNORM_DEFAULTS.pytorch).toEqual({
      eps: 1e-5,
      momentum: 0.1,
      runningVariance: 'unbiased',
    });
    expect(BATCHNORM_DEFAULTS.keras).toEqual({
      epsilon: 1e-3,
      momentum: 0.99,
      runningVariance: 'biased',
    });
    expect(BATCHNORM_DEFAULTS.book).toEqual({ eps: 1e-8 });
  });
});

describe('kerasToPyTorch / pytorchToKeras', () => {
  it('turn Keras momentum 0.99 (share kept) into PyTorch 0.01 (share of the new batch) and back', () => {
    const torch = kerasToPyTorch({ momentum: 0.99, epsilon: 1e-3 });
    expect(torch.momentum).toBeCloseTo(0.01, 15);
    expect(torch.eps).toBe(1e-3);
    expect(pytorchToKeras({ momentum: 0.1, eps: 1e-5 })).toEqual({ momentum: 0.9, epsilon: 1e-5 });
  });

  it('reject momentum outside [0, 1]', () => {
    expect(() => kerasToPyTorch({ momentum: 99, epsilon: 1e-3 })).toThrow(BatchNormError);
    expect(() => pytorchToKeras({ momentum: -1, eps: 1e-5 })).toThrow(
      'pytorchToKeras: momentum must be in [0, 1], got -1',
    );
  });
});

describe('biasedToUnbiasedVariance / unbiasedToBiasedVariance', () => {
  it('convert a Keras-style (biased) moving variance to PyTorch running_var for same-sized batches', () => {
    const m = 8;
    const batches = [0, 1, 2].map((b) =>
      Float64Array.from({ length: m * 2 }, (_, i) => Math.sin(i * 1.3 + b) * (1 + b)),
    );
    // PyTorch-style running stats via batchNorm; Keras-style by hand with the biased variance.
    const torch = createRunningStats(2);
    const kerasMomentum = 0.9;
    const kerasVar = unbiasedToBiasedVariance(torch.variance, m); // start from the same point
    for (const x of batches) {
      const r = batchNorm(x, [m, 2], {
        momentum: kerasToPyTorch({ momentum: kerasMomentum, epsilon: 1e-3 }).momentum,
        runningMean: torch.mean,
        runningVar: torch.variance,
      });
      for (let j = 0; j < 2; j++) {
        kerasVar[j] = kerasMomentum * kerasVar[j]! + (1 - kerasMomentum) * r.variance[j]!;
      }
    }
    expectClose(biasedToUnbiasedVariance(kerasVar, m), torch.variance, 1e-14, 'running var');
    expectClose(unbiasedToBiasedVariance(torch.variance, m), kerasVar, 1e-14, 'moving var');
  });

  it('rejects fewer than 2 values per channel', () => {
    expect(() => biasedToUnbiasedVariance([1], 1)).toThrow(
      'biasedToUnbiasedVariance: values per channel m must be an integer >= 2, got 1',
    );
  });
});
