import { affine } from './affine.js';
import { gradInput } from './gradInput.js';
import { gradSums } from './gradSums.js';
import { moments } from './moments.js';
import type { BatchNormKernels } from './types.js';

/** The plain-JavaScript kernels: tight loops over contiguous memory, double accumulators. */
export const jsKernels: BatchNormKernels = { moments, affine, gradSums, gradInput };
