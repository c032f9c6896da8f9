/** Where a command writes and what it knows of its terminal; tests pass an in-memory one. */
export interface Io {
  stdout: { write(text: string): void };
  stderr: { write(text: string): void };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** stdout is a terminal (charts in colour, tables aligned for a person). */
  stdoutIsTTY: boolean;
  /** stderr is a terminal (progress bars are drawn only then). */
  stderrIsTTY: boolean;
  /** Terminal width in columns (80 when unknown). */
  columns: number;
}
