/** Summary of repeated timings of one workload, in milliseconds. */
export interface Sample {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** how many timed runs the summary covers (1 in smoke mode) */
  readonly runs: number;
}

/** The median (mean of the two middle values for an even count), min and max of `times`. */
export function summarize(times: readonly number[]): Sample {
  if (times.length === 0) throw new Error('summarize: no timings');
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}
