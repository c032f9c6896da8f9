import { type Sample, summarize } from './sample.js';

/** How a workload is repeated. */
export interface MeasureOptions {
  /** smoke mode: one untimed-quality run, no warm-up */
  smoke: boolean;
  /** timed runs (at least 15 outside smoke mode) */
  runs?: number;
  /** warm-up runs before timing (so V8 has optimized the hot loops) */
  warmup?: number;
  /** keep warming up until this many milliseconds have passed (at least `warmup` runs) */
  warmupMs?: number;
}

export const MIN_RUNS = 15;

/**
 * Times `fn` (synchronous or async): warm-up first, then `runs` timed calls, each timed on its
 * own with performance.now(); `after` (untimed) runs after every call, e.g. to free tensors.
 */
export async function measure<T>(
  fn: () => T | Promise<T>,
  options: MeasureOptions,
  after?: (value: T) => void,
): Promise<Sample> {
  const runs = options.smoke ? 1 : Math.max(MIN_RUNS, options.runs ?? MIN_RUNS);
  if (!options.smoke) {
    const warmup = options.warmup ?? 5;
    const until = performance.now() + (options.warmupMs ?? 200);
    for (let i = 0; i < warmup || performance.now() < until; i++) {
      after?.(await settle(fn()));
    }
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = fn();
    const value = result instanceof Promise ? await result : result;
    times.push(performance.now() - start);
    after?.(value);
  }
  return summarize(times);
}

async function settle<T>(value: T | Promise<T>): Promise<T> {
  return value;
}

/**
 * Like `measure`, for workloads that time themselves (e.g. inside a browser page): `fn` returns
 * one or more durations in ms per run; each named duration gets its own summary.
 */
export async function measureReported<K extends string>(
  fn: () => Promise<Record<K, number>>,
  options: MeasureOptions,
): Promise<Record<K, Sample>> {
  const runs = options.smoke ? 1 : Math.max(MIN_RUNS, options.runs ?? MIN_RUNS);
  if (!options.smoke) for (let i = 0; i < (options.warmup ?? 1); i++) await fn();
  const seen = new Map<K, number[]>();
  for (let i = 0; i < runs; i++) {
    for (const [k, v] of Object.entries(await fn()) as [K, number][]) {
      seen.set(k, [...(seen.get(k) ?? []), v]);
    }
  }
  return Object.fromEntries([...seen].map(([k, v]) => [k, summarize(v)])) as Record<K, Sample>;
}
