import { ArgumentError, formatShape, ShapeError } from '../errors.js';
import { ones } from '../tensor/create.js';
import { sameShape } from '../tensor/shape.js';
import { Tensor } from '../tensor/Tensor.js';
import { backpropagate } from './backpropagate.js';
import { isGradEnabled } from './gradMode.js';
import { absVar } from './ops/abs.js';
import { addVar } from './ops/add.js';
import { divVar } from './ops/div.js';
import { expVar } from './ops/exp.js';
import { logVar } from './ops/log.js';
import { logSoftmaxVar } from './ops/logSoftmax.js';
import { matmulVar } from './ops/matmul.js';
import { maxVar } from './ops/max.js';
import { meanVar } from './ops/mean.js';
import { mulVar } from './ops/mul.js';
import { negVar } from './ops/neg.js';
import { powVar } from './ops/pow.js';
import { reluVar } from './ops/relu.js';
import { reshapeVar } from './ops/reshape.js';
import { sigmoidVar } from './ops/sigmoid.js';
import { softmaxVar } from './ops/softmax.js';
import { sqrtVar } from './ops/sqrt.js';
import { squareVar } from './ops/square.js';
import { subVar } from './ops/sub.js';
import { sumVar } from './ops/sum.js';
import { tanhVar } from './ops/tanh.js';
import { transposeVar } from './ops/transpose.js';

/** Local backward rule of an op: maps dL/d(out) to dL/d(input) for each input (null = none). */
export type BackwardFn = (gradOut: Tensor) => readonly (Tensor | null)[];

/** Operand of a Var op: another Var, a tensor or a number (both treated as constants). */
export type VarLike = Var | Tensor | number;

/** A node of the reverse-mode autodiff graph: a tensor value and, after backward, dL/d(value). */
export class Var {
  /** The value; may be updated in place (e.g. by an optimizer step). */
  value: Tensor;
  /** Accumulated gradient dL/d(value), same shape as value; null until a backward reaches it. */
  grad: Tensor | null = null;
  /** Whether gradients flow to (and through) this node. */
  requiresGrad: boolean;
  /** Optional label (parameter names, op names). */
  name: string | undefined;
  private parents: readonly Var[] = [];
  private backwardFn: BackwardFn | null = null;

  /** A leaf holding `value`; it requires grad unless `{ requiresGrad: false }`. */
  constructor(value: Tensor, options: { requiresGrad?: boolean; name?: string } = {}) {
    if (!(value instanceof Tensor)) throw new ArgumentError('Var: value must be a Tensor');
    this.value = value;
    this.requiresGrad = options.requiresGrad ?? true;
    this.name = options.name;
  }

  /**
   * Builds the output of a custom op: `backward(gradOut)` returns one gradient per parent,
   * already reduced to that parent's shape (or null). Records the graph only when grad mode
   * is on and some parent requires grad.
   */
  static op(value: Tensor, parents: readonly Var[], backward: BackwardFn, name: string): Var {
    const track = isGradEnabled() && parents.some((p) => p.requiresGrad);
    const out = new Var(value, { requiresGrad: track, name });
    if (track) {
      out.parents = parents;
      out.backwardFn = backward;
    }
    return out;
  }

  /** Wraps a number or tensor as a constant (no grad); passes Vars through. */
  static from(x: VarLike): Var {
    if (x instanceof Var) return x;
    const t = typeof x === 'number' ? new Tensor(Float64Array.of(x), []) : x;
    return new Var(t, { requiresGrad: false });
  }

  /** Shape of the value. */
  get shape(): readonly number[] {
    return this.value.shape;
  }

  /** Elementwise this + other (broadcasting). */
  add(other: VarLike): Var {
    return addVar(this, Var.from(other));
  }
  /** Elementwise this - other (broadcasting). */
  sub(other: VarLike): Var {
    return subVar(this, Var.from(other));
  }
  /** Elementwise this * other (broadcasting). */
  mul(other: VarLike): Var {
    return mulVar(this, Var.from(other));
  }
  /** Elementwise this / other (broadcasting). */
  div(other: VarLike): Var {
    return divVar(this, Var.from(other));
  }
  /** -this. */
  neg(): Var {
    return negVar(this);
  }
  /** this^p for a constant exponent p. */
  pow(p: number): Var {
    return powVar(this, p);
  }
  /** e^this. */
  exp(): Var {
    return expVar(this);
  }
  /** ln(this). */
  log(): Var {
    return logVar(this);
  }
  /** sqrt(this). */
  sqrt(): Var {
    return sqrtVar(this);
  }
  /** this^2. */
  square(): Var {
    return squareVar(this);
  }
  /** |this|. */
  abs(): Var {
    return absVar(this);
  }
  /** tanh(this). */
  tanh(): Var {
    return tanhVar(this);
  }
  /** max(this, 0). */
  relu(): Var {
    return reluVar(this);
  }
  /** 1 / (1 + e^-this). */
  sigmoid(): Var {
    return sigmoidVar(this);
  }
  /** Matrix product this @ other (2-D or batched). */
  matmul(other: VarLike): Var {
    return matmulVar(this, Var.from(other));
  }
  /** Sum over `axis` (all by default). */
  sum(axis?: number | readonly number[], keepDims = false): Var {
    return sumVar(this, axis, keepDims);
  }
  /** Mean over `axis` (all by default). */
  mean(axis?: number | readonly number[], keepDims = false): Var {
    return meanVar(this, axis, keepDims);
  }
  /** Maximum over `axis` (all by default); ties share the gradient equally. */
  max(axis?: number | readonly number[], keepDims = false): Var {
    return maxVar(this, axis, keepDims);
  }
  /** Same values in a new shape (one -1 allowed). */
  reshape(shape: readonly number[]): Var {
    return reshapeVar(this, shape);
  }
  /** Permutes axes; reverses them by default (matrix transpose). */
  transpose(perm?: readonly number[]): Var {
    return transposeVar(this, perm);
  }
  /** Softmax along `axis` (last by default). */
  softmax(axis = -1): Var {
    return softmaxVar(this, axis);
  }
  /** Log-softmax along `axis` (last by default). */
  logSoftmax(axis = -1): Var {
    return logSoftmaxVar(this, axis);
  }

  /**
   * Reverse-mode sweep: visits the graph in reverse topological order applying each op's
   * backward rule, and adds dL/d(node) into `grad` of every node that requires grad.
   * `grad` seeds dL/d(this); it defaults to ones (i.e. L = sum of this).
   */
  backward(grad?: Tensor): void {
    if (!this.requiresGrad) {
      throw new ArgumentError(
        'backward: this Var does not require grad (no input requires grad, or it was built under noGrad)',
      );
    }
    const seed = grad ?? ones(this.shape);
    if (!sameShape(seed.shape, this.shape)) {
      throw new ShapeError(
        `backward: seed gradient ${formatShape(seed.shape)} does not match value ${formatShape(this.shape)}`,
      );
    }
    backpropagate(this, seed);
  }

  /** Clears the accumulated gradient (sets it to null). */
  zeroGrad(): void {
    this.grad = null;
  }

  /** A new leaf sharing this value, cut from the graph (requiresGrad false). */
  detach(): Var {
    return new Var(this.value, { requiresGrad: false, name: this.name });
  }

  /** Parents in the graph (empty for leaves). */
  get inputs(): readonly Var[] {
    return this.parents;
  }

  /** The local backward rule (null for leaves). */
  get rule(): BackwardFn | null {
    return this.backwardFn;
  }
}
