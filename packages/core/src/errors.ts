/** Thrown when tensor shapes do not fit an operation; the message names the op and the shapes. */
export class ShapeError extends Error {
  override name = 'ShapeError';
}

/** Thrown for an invalid argument (negative size, non-integer or out-of-range axis, bad option). */
export class ArgumentError extends Error {
  override name = 'ArgumentError';
}

/** Formats a shape the way error messages show it: `[3, 4]`. */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}
