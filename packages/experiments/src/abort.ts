import { ExperimentAbortError } from './errors.js';
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
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  throwIfAborted(ctx, experimentId);
}
