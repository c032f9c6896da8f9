import type { Anchor, Row, Target, Verdict } from './row.js';
import type { Sample } from './sample.js';

/** A sample in the row's unit: ms and bytes as measured, GFLOP/s and steps/s from the time. */
export function inUnit(row: Row, ms: number): number {
  switch (row.unit) {
    case 'GFLOP/s':
      return row.work! / (ms * 1e6);
    case 'steps/s':
      return (row.work ?? 1) / (ms / 1000);
    default:
      return ms;
  }
}

/** The dl8 median in the row's unit. */
export function value(row: Row): number {
  return inUnit(row, row.dl8.median);
}

/** The anchor with this name, if the row has it. */
export function anchor(row: Row, name: string): Anchor | undefined {
  return row.anchors.find((a) => a.name === name);
}

/** anchor time / dl8 time: above 1 means dl8 is faster (null when the anchor is missing). */
export function speedup(row: Row, name: string): number | null {
  const a = anchor(row, name);
  return a ? ratio(a.sample, row.dl8) : null;
}

function ratio(over: Sample, under: Sample): number {
  return over.median / under.median;
}

/** Every target of the row with the measured number and whether it was met. */
export function verdicts(row: Row): Verdict[] {
  return row.targets.map((target) => {
    const actual =
      target.of === 'value'
        ? value(row)
        : target.of === 'allocation'
          ? allocation(row)
          : speedup(row, target.of);
    if (actual === null || !Number.isFinite(actual)) return { target, actual, met: null };
    const met = target.op === '<=' ? actual <= target.value : actual >= target.value;
    return { target, actual, met };
  });
}

/** Bytes of ArrayBuffer memory one dl8 call allocated (null when not measured). */
export function allocation(row: Row): number | null {
  const bytes = row.extra?.['allocatedBytesPerCall'];
  return typeof bytes === 'number' ? bytes : null;
}

/** A value target judged on the dl8 sample from the process without anchors (null if none). */
export function aloneVerdict(row: Row, target: Target): { actual: number; met: boolean } | null {
  if (target.of !== 'value' || !row.dl8Alone) return null;
  const actual = inUnit(row, row.dl8Alone.median);
  return { actual, met: target.op === '<=' ? actual <= target.value : actual >= target.value };
}
