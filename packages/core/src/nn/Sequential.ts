import type { Var } from '../autograd/Var.js';
import { Module } from './Module.js';

/** Composition f_n(...f_2(f_1(x))) of modules, applied in the order given. */
export class Sequential extends Module {
  readonly layers: Module[];

  constructor(...layers: Module[]) {
    super();
    this.layers = layers;
  }

  /** Feeds x through every layer in turn. */
  forward(x: Var): Var {
    let y = x;
    for (const layer of this.layers) y = layer.forward(y);
    return y;
  }
}
