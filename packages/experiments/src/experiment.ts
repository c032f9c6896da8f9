import type { ChartSpec } from '@dl8/viz';
import type { ParamRecord, ParamSchema } from './params/paramSpec.js';

/** What `ctx.signal` needs: a DOM / Node `AbortSignal` fits (only `aborted` is read). */
export interface AbortSignalLike {
  readonly aborted: boolean;
}

/** What a run gets besides its parameters: the seed of all its randomness, cancellation, progress. */
export interface RunContext {
  /** Seed for `createRng`; a run is a pure function of (params, seed). */
  seed: number;
  /** Heavy runs check it between steps and stop with ExperimentAbortError. */
  signal?: AbortSignalLike;
  /** Heavy runs report `done` of `total` units of work. */
  onProgress?(done: number, total: number): void;
  /** Heavy runs may also hand over a well-formed result of the work done so far (streaming). */
  onPartial?(partial: ExperimentResult): void;
}

/** A table of numbers or labels, e.g. one row per learning rate. */
export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

/** Everything a run produces, as plain JSON data: charts, tables, flat metrics, notes. */
export interface ExperimentResult {
  charts: ChartSpec[];
  tables?: Table[];
  /** Flat, finite numbers: what tests assert and `finding` quotes. */
  metrics: Record<string, number>;
  notes?: string[];
}

/** A live experiment: one claim of the chapter, a parameter schema, and a run that shows it. */
export interface Experiment<P = ParamRecord> {
  /** Stable kebab-case id, used in notes blocks and on the command line. */
  id: string;
  title: string;
  /** Section of the book, e.g. "8.7.1". */
  section: string;
  /** One sentence: what the reader should see. */
  summary: string;
  params: ParamSchema<P>;
  /** True when a run takes long enough to belong in a worker, with progress shown. */
  heavy: boolean;
  run(params: P, ctx: RunContext): ExperimentResult | Promise<ExperimentResult>;
  /** One sentence quoting the number in `result` that proves the claim. */
  finding(result: ExperimentResult): string;
}
