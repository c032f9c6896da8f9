/** Thrown for invalid batch-norm input or options; the message names the value and what is allowed. */
export class BatchNormError extends Error {
  override readonly name = 'BatchNormError';
}
