import { BatchNormError } from '../errors.js';

/** Sizes of an [N, C, ...spatial] input as the kernels see it: [n, c, s], s = prod(spatial). */
export interface ChannelLayout {
  readonly n: number;
  readonly c: number;
  readonly s: number;
  /** values per channel, n * s */
  readonly m: number;
}

/** Reads [N, C, ...spatial] and checks it against the data length. */
export function channelLayout(
  shape: readonly number[],
  length: number,
  who: string,
): ChannelLayout {
  if (shape.length < 2) {
    throw new BatchNormError(
      `${who}: input needs at least 2 dimensions [N, C, ...spatial], got shape [${shape.join(', ')}]`,
    );
  }
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 1) {
      throw new BatchNormError(
        `${who}: every dimension must be a positive integer, got shape [${shape.join(', ')}]`,
      );
    }
  }
  const n = shape[0]!;
  const c = shape[1]!;
  let s = 1;
  for (let i = 2; i < shape.length; i++) s *= shape[i]!;
  if (n * c * s !== length) {
    throw new BatchNormError(
      `${who}: shape [${shape.join(', ')}] holds ${n * c * s} values but the data has ${length}`,
    );
  }
  return { n, c, s, m: n * s };
}
