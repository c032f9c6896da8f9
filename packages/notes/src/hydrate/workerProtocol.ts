import type { ExperimentResult, ParamRecord } from '@dl8/experiments';

/** Page to worker: run experiment `id` with `params` and `seed`; `runId` tags the replies. */
export interface RunRequest {
  type: 'run';
  runId: number;
  id: string;
  params: ParamRecord;
  seed: number;
}

/** Worker to page: progress, the result, or the error message of run `runId`. */
export type WorkerReply =
  | { type: 'progress'; runId: number; done: number; total: number }
  | { type: 'result'; runId: number; result: ExperimentResult }
  | { type: 'error'; runId: number; message: string };

/** Checks that a message from a worker has the WorkerReply shape. */
export function isWorkerReply(data: unknown): data is WorkerReply {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (typeof m['runId'] !== 'number') return false;
  return m['type'] === 'progress' || m['type'] === 'result' || m['type'] === 'error';
}

/** Checks that a message to the worker has the RunRequest shape. */
export function isRunRequest(data: unknown): data is RunRequest {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m['type'] === 'run' &&
    typeof m['runId'] === 'number' &&
    typeof m['id'] === 'string' &&
    typeof m['seed'] === 'number' &&
    typeof m['params'] === 'object' &&
    m['params'] !== null
  );
}
