import { ArgumentError, formatShape, ShapeError } from '../errors.js';
import type { Rng } from '../rng/createRng.js';
import { takeRows } from '../tensor/sliceRows.js';
import { Tensor } from '../tensor/Tensor.js';

/** One minibatch: the rows of x and y at `indices` (positions in the full data set). */
export interface Batch<Y extends Int32Array | Tensor> {
  x: Tensor;
  y: Y;
  indices: Int32Array;
}

/** Options of `minibatches`. */
export interface MinibatchOptions {
  /** Shuffle the order each time the iterator is created. Default: true when an rng is given. */
  shuffle?: boolean;
  /** Skip a final batch smaller than batchSize. Default false. */
  dropLast?: boolean;
}

/**
 * Iterates over one epoch in batches of `batchSize` rows, in an order permuted by `rng`
 * (natural order without one); each row appears exactly once per epoch.
 */
export function* minibatches<Y extends Int32Array | Tensor>(
  dataset: { x: Tensor; y: Y },
  batchSize: number,
  rng?: Rng,
  options: MinibatchOptions = {},
): Generator<Batch<Y>> {
  const { shuffle = rng !== undefined, dropLast = false } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new ArgumentError(`minibatches: batchSize must be a positive integer, got ${batchSize}`);
  }
  const n = dataset.x.shape[0] ?? 0;
  const yRows = dataset.y instanceof Tensor ? (dataset.y.shape[0] ?? 0) : dataset.y.length;
  if (yRows !== n) {
    throw new ShapeError(
      `minibatches: x ${formatShape(dataset.x.shape)} has ${n} rows but y has ${yRows}`,
    );
  }
  if (shuffle && rng === undefined) throw new ArgumentError('minibatches: shuffle needs an rng');
  const order = Array.from({ length: n }, (_, i) => i);
  if (shuffle) rng!.shuffle(order);
  for (let start = 0; start < n; start += batchSize) {
    const end = Math.min(n, start + batchSize);
    if (dropLast && end - start < batchSize) break;
    const indices = Int32Array.from(order.slice(start, end));
    const x = takeRows(dataset.x, indices);
    const y = (
      dataset.y instanceof Tensor
        ? takeRows(dataset.y, indices)
        : indices.map((i) => (dataset.y as Int32Array)[i]!)
    ) as Y;
    yield { x, y, indices };
  }
}
