import type { Io } from '../src/io.js';

/** An in-memory Io: what a command printed, for assertions. */
export function memoryIo(
  overrides: Partial<Io> = {},
): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (t: string) => void (out += t) },
    stderr: { write: (t: string) => void (err += t) },
    env: {},
    cwd: process.cwd(),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: 80,
    ...overrides,
    out: () => out,
    err: () => err,
  };
}
