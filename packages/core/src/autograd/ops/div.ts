import { div, mul } from '../../tensor/arithmetic.js';
import { broadcastBinary } from '../../tensor/broadcastBinary.js';
import { sumToShape } from '../../tensor/sumToShape.js';
import { Var } from '../Var.js';

/** out = a / b; da = g / b, db = -g a / b^2 = -g out / b. */
export function divVar(a: Var, b: Var): Var {
  const bv = b.value;
  const out = div(a.value, bv);
  return Var.op(
    out,
    [a, b],
    (g) => [
      a.requiresGrad ? sumToShape(div(g, bv), a.shape) : null,
      b.requiresGrad
        ? sumToShape(
            broadcastBinary('div', mul(g, out), bv, (u, v) => -u / v),
            b.shape,
          )
        : null,
    ],
    'div',
  );
}
