import { ExperimentAbortError } from './errors.js';

// setTimeout exists in browsers, workers and Node, but not in the ES library this package compiles against.
const timers = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown };

import type { RunContext } from './experiment.js';

/** Throw ExperimentAbortError when the run's signal has been aborted. */
export function throwIfAborted(ctx: RunContext, experimentId: string): void {
  if (ctx.signal?.aborted) throw new ExperimentAbortError(experimentId);
}

/**
 * Let pending events (an abort, a newer slider value) run, then throw if the run was aborted.
 * Heavy experiments await this between chunks of work.
 */
export async function checkpoint(ctx: RunContext, experimentId: string): Promise<void> {
  throwIfAborted(ctx, experimentId);
  await new Promise<void>((resolve) => timers.setTimeout(resolve, 0));
  throwIfAborted(ctx, experimentId);
}
