import { broadcastBinary, type TensorLike } from './broadcastBinary.js';
import type { Tensor } from './Tensor.js';

/** Elementwise a + b with broadcasting. */
export function add(a: TensorLike, b: TensorLike): Tensor {
  return broadcastBinary('add', a, b, (u, v) => u + v);
}

/** Elementwise a - b with broadcasting. */
export function sub(a: TensorLike, b: TensorLike): Tensor {
  return broadcastBinary('sub', a, b, (u, v) => u - v);
}

/** Elementwise a * b with broadcasting. */
export function mul(a: TensorLike, b: TensorLike): Tensor {
  return broadcastBinary('mul', a, b, (u, v) => u * v);
}

/** Elementwise a / b with broadcasting. */
export function div(a: TensorLike, b: TensorLike): Tensor {
  return broadcastBinary('div', a, b, (u, v) => u / v);
}

/** Elementwise a^b with broadcasting. */
export function pow(a: TensorLike, b: TensorLike): Tensor {
  return broadcastBinary('pow', a, b, (u, v) => u ** v);
}

/** Elementwise max(a, b) with broadcasting. */
export function maximum(a: TensorLike, b: TensorLike): Tensor {
  return broadcastBinary('maximum', a, b, Math.max);
}
