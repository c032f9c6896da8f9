import type { Io } from './io.js';

/** Colour on stdout: only on a terminal, never with NO_COLOR set (any value) or `--no-color`. */
export function colorEnabled(io: Io, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdoutIsTTY;
}
