// Entry of the experiment worker bundle (dist/browser/worker.js): runs one heavy experiment at a
// time off the page's main thread. The page cancels a stale run by terminating the worker.
import { runExperiment } from '@dl8/experiments';
import { isRunRequest, type WorkerReply } from './workerProtocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;
let lastProgress = 0;

scope.onmessage = (event) => {
  const request = event.data;
  if (!isRunRequest(request)) return;
  const { runId } = request;
  runExperiment(request.id, request.params, {
    seed: request.seed,
    onProgress(done, total) {
      const now = Date.now();
      if (now - lastProgress < 50 && done < total) return; // at most ~20 messages a second
      lastProgress = now;
      scope.postMessage({ type: 'progress', runId, done, total });
    },
  }).then(
    (result) => scope.postMessage({ type: 'result', runId, result }),
    (error: unknown) =>
      scope.postMessage({
        type: 'error',
        runId,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
