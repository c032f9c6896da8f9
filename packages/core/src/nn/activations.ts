import type { Var } from '../autograd/Var.js';
import { Module } from './Module.js';

/** y = max(x, 0) elementwise. */
export class ReLU extends Module {
  forward(x: Var): Var {
    return x.relu();
  }
}

/** y = tanh(x) elementwise. */
export class Tanh extends Module {
  forward(x: Var): Var {
    return x.tanh();
  }
}

/** y = 1 / (1 + e^-x) elementwise. */
export class Sigmoid extends Module {
  forward(x: Var): Var {
    return x.sigmoid();
  }
}
