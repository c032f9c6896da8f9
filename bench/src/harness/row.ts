import type { Sample } from './sample.js';

/** What a row's numbers are. `ms` rows are timings; the others are derived from timings. */
export type Unit = 'ms' | 'GFLOP/s' | 'steps/s' | 'bytes';

/** A target: the dl8 value (or a ratio against an anchor) must be at most / at least `value`. */
export interface Target {
  /** e.g. `<= 15 ms`, `>= 5x tfjs-wasm` */
  readonly label: string;
  /**
   * 'value': the row's dl8 median in its unit; 'allocation': bytes allocated per dl8 call;
   * otherwise the name of an anchor, and the number is the speed-up over it
   */
  readonly of: string;
  readonly op: '<=' | '>=';
  readonly value: number;
}

/** One measured anchor: another implementation (or the copy reference) on the same workload. */
export interface Anchor {
  readonly name: string;
  /** its timing (or, for a `bytes` row, its size in `median`) */
  readonly sample: Sample;
  /** e.g. `float32` when dl8 ran in float64 */
  readonly note?: string;
}

/** One benchmark: dl8's sample, the anchors beside it, and the targets it is held to. */
export interface Row {
  readonly family: string;
  readonly id: string;
  readonly name: string;
  readonly unit: Unit;
  /** dl8's timing in ms (for `bytes` rows: the size) */
  readonly dl8: Sample;
  /** dl8's sample from a process where no anchor library was ever loaded (kernels only) */
  readonly dl8Alone?: Sample;
  /** work per run, to turn ms into GFLOP/s (flops) or steps/s (steps) */
  readonly work?: number;
  readonly anchors: readonly Anchor[];
  readonly targets: readonly Target[];
  /** extra measurements, e.g. bytes allocated per call */
  readonly extra?: Readonly<Record<string, number | string>>;
  readonly notes?: readonly string[];
}

/** The outcome of one target on one row. */
export interface Verdict {
  readonly target: Target;
  readonly actual: number | null;
  readonly met: boolean | null;
}
