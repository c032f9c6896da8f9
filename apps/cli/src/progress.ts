import type { Io } from './io.js';

/** A progress bar on stderr, drawn only when stderr is a terminal and not silenced. */
export interface Progress {
  update(label: string, done: number, total: number): void;
  clear(): void;
}

/** A progress bar that draws itself over one stderr line, or does nothing when disabled. */
export function createProgress(io: Io, enabled: boolean): Progress {
  if (!enabled || !io.stderrIsTTY) return { update() {}, clear() {} };
  let drawn = false;
  return {
    update(label, done, total) {
      const width = 24;
      const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
      const filled = Math.round(share * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      const text = `${bar} ${String(Math.round(share * 100)).padStart(3)}%  ${label}`;
      io.stderr.write(`\r\x1b[2K${text.slice(0, Math.max(10, io.columns - 1))}`);
      drawn = true;
    },
    clear() {
      if (drawn) io.stderr.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
