import type { Io } from './io.js';

/** One `dl8 <name>` subcommand: its help text and what it does. Returns the exit code. */
export interface Command {
  name: string;
  /** One line for `dl8 --help`. */
  summary: string;
  /** The full `dl8 <name> --help` text. */
  help: string;
  run(argv: readonly string[], io: Io, signal: AbortSignal): Promise<number>;
}
