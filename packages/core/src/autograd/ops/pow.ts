import { ArgumentError } from '../../errors.js';
import { pow } from '../../tensor/arithmetic.js';
import { broadcastBinary } from '../../tensor/broadcastBinary.js';
import { Var } from '../Var.js';

/** out = a^p for a constant p; da = g p a^(p-1). */
export function powVar(a: Var, p: number): Var {
  if (typeof p !== 'number' || Number.isNaN(p)) {
    throw new ArgumentError(`pow: exponent must be a number, got ${String(p)}`);
  }
  const av = a.value;
  return Var.op(
    pow(av, p),
    [a],
    (g) => [broadcastBinary('pow', g, av, (u, x) => u * p * x ** (p - 1))],
    'pow',
  );
}
