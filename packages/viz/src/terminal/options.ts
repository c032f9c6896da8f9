/** Options for renderTerminal. */
export interface TerminalOptions {
  /** Total width in columns; default 72, at least 24. */
  width?: number;
  /** Total height in lines (title, plot, axis, legend); default 20, at least 8. */
  height?: number;
  /** ANSI colours on (default) or off; the CLI maps NO_COLOR to false. */
  color?: boolean;
}

/** The name ARCHITECTURE.md uses for TerminalOptions. */
export type TermOptions = TerminalOptions;

/** Resolved terminal options. */
export interface TerminalContext {
  width: number;
  height: number;
  color: boolean;
}
