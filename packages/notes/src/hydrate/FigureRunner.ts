import {
  type Experiment,
  type ExperimentResult,
  type ParamRecord,
  runExperiment,
} from '@dl8/experiments';
import { createWorker, type WorkerSource } from './createWorker.js';
import { isWorkerReply, type RunRequest } from './workerProtocol.js';

/** What a FigureRunner reports back to its figure. */
export interface RunCallbacks {
  /** A run starts, in a worker or on the page. */
  onStart(params: ParamRecord, where: 'worker' | 'page'): void;
  onProgress(done: number, total: number): void;
  onResult(result: ExperimentResult, params: ParamRecord): void;
  onError(message: string): void;
}

/** Delay before a heavy run starts, so a slider drag starts one run, not one per pixel. */
const HEAVY_DEBOUNCE_MS = 120;

/**
 * Reruns one figure's experiment. Only the latest request counts: light experiments run on the
 * page, coalesced to one run per animation frame, stale results ignored; heavy ones run in a
 * Web Worker, and a newer request terminates the worker of the stale run (a real cancel).
 * Without a worker, heavy ones run on the page too.
 */
export class FigureRunner {
  private generation = 0;
  private pending: ParamRecord | null = null;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | null = null;
  private worker: Worker | null = null;
  /** The run the worker is working on, if any. */
  private inFlight: { runId: number; params: ParamRecord } | null = null;
  private useWorker: boolean;

  constructor(
    private readonly experiment: Experiment,
    private readonly seed: number,
    private readonly workerSource: WorkerSource | null,
    private readonly callbacks: RunCallbacks,
  ) {
    this.useWorker = experiment.heavy && workerSource !== null;
  }

  /** Asks for a run with these parameters; replaces any request not yet started or finished. */
  request(params: ParamRecord): void {
    this.pending = params;
    this.generation += 1;
    if (this.useWorker) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), HEAVY_DEBOUNCE_MS);
    } else if (this.frame === 0) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.flush();
      });
    }
  }

  /** Stops everything: pending frames and timers, the in-flight run, the worker. */
  dispose(): void {
    this.generation += 1;
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.controller?.abort();
    this.worker?.terminate();
    this.worker = null;
  }

  private flush(): void {
    const params = this.pending;
    if (!params) return;
    this.pending = null;
    if (this.useWorker) this.runInWorker(params, this.generation);
    else this.runHere(params, this.generation);
  }

  private runHere(params: ParamRecord, generation: number): void {
    this.callbacks.onStart(params, 'page');
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    runExperiment(this.experiment, params, {
      seed: this.seed,
      signal: controller.signal,
      onProgress: (done, total) =>
        generation === this.generation && this.callbacks.onProgress(done, total),
    }).then(
      (result) => generation === this.generation && this.callbacks.onResult(result, params),
      (error: unknown) => {
        if (generation !== this.generation || controller.signal.aborted) return;
        this.callbacks.onError(error instanceof Error ? error.message : String(error));
      },
    );
  }

  private runInWorker(params: ParamRecord, generation: number): void {
    if (this.inFlight && this.worker) {
      this.worker.terminate(); // the stale run stops now instead of finishing unseen
      this.worker = null;
    }
    this.worker ??= this.startWorker();
    if (!this.worker) {
      this.useWorker = false;
      this.runHere(params, generation);
      return;
    }
    this.callbacks.onStart(params, 'worker');
    this.inFlight = { runId: generation, params };
    const request: RunRequest = {
      type: 'run',
      runId: generation,
      id: this.experiment.id,
      params,
      seed: this.seed,
    };
    this.worker.postMessage(request);
  }

  private startWorker(): Worker | null {
    const worker = createWorker(this.workerSource ?? {});
    if (!worker) return null;
    worker.addEventListener('message', (event: MessageEvent) => {
      const reply: unknown = event.data;
      const run = this.inFlight;
      if (!isWorkerReply(reply) || !run || reply.runId !== run.runId) return;
      if (reply.type === 'progress') {
        if (run.runId === this.generation) this.callbacks.onProgress(reply.done, reply.total);
        return;
      }
      this.inFlight = null;
      if (run.runId !== this.generation) return;
      if (reply.type === 'result') this.callbacks.onResult(reply.result, run.params);
      else this.callbacks.onError(reply.message);
    });
    worker.addEventListener('error', (event) => {
      // The worker could not start (e.g. refused by a CSP): run on the page from now on.
      event.preventDefault();
      worker.terminate();
      if (this.worker === worker) this.worker = null;
      this.useWorker = false;
      const run = this.inFlight;
      this.inFlight = null;
      if (run && run.runId === this.generation) this.runHere(run.params, run.runId);
    });
    return worker;
  }
}
