import { Var } from '../autograd/Var.js';

/** A trainable block: holds parameters and sub-modules, maps an input Var to an output Var. */
export abstract class Module {
  /** Training mode (true) or evaluation mode (false); affects e.g. batch norm and dropout. */
  training = true;

  /** The output for input x. */
  abstract forward(x: Var): Var;

  /** Sets training mode on this module and every descendant; returns this. */
  train(mode = true): this {
    this.training = mode;
    for (const c of this.children()) c.train(mode);
    return this;
  }

  /** Sets evaluation mode on this module and every descendant (train(false)). */
  eval(): this {
    return this.train(false);
  }

  /** Direct sub-modules; by default every Module (or array of Modules) held in an own field. */
  children(): Module[] {
    const out: Module[] = [];
    for (const v of Object.values(this)) {
      if (v instanceof Module) out.push(v);
      else if (Array.isArray(v)) for (const x of v) if (x instanceof Module) out.push(x);
    }
    return out;
  }

  /** This module's own parameters; by default every Var held in an own field that requires grad. */
  ownParameters(): Var[] {
    return Object.values(this).filter((v): v is Var => v instanceof Var && v.requiresGrad);
  }

  /** All parameters of this module and its descendants, each once, in definition order. */
  parameters(): Var[] {
    const seen = new Set<Var>();
    const visit = (m: Module): void => {
      for (const p of m.ownParameters()) seen.add(p);
      for (const c of m.children()) visit(c);
    };
    visit(this);
    return [...seen];
  }

  /** Clears the gradient of every parameter. */
  zeroGrad(): void {
    for (const p of this.parameters()) p.zeroGrad();
  }
}
