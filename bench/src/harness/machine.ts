import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';

/** The machine a run happened on, as docs/performance.md records it. */
export interface Machine {
  readonly nproc: number;
  readonly cpu: string;
  readonly node: string;
  readonly memoryGiB: number;
  readonly loadavg: number[];
  readonly date: string;
}

/** nproc, the CPU model from /proc/cpuinfo (when readable), Node version, load and date. */
export function machine(): Machine {
  let cpu = 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) cpu = line.split(':')[1]!.trim();
  } catch {
    // not Linux: keep 'unknown'
  }
  return {
    nproc: availableParallelism(),
    cpu,
    node: process.version,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadavg: loadavg(),
    date: new Date().toISOString(),
  };
}
