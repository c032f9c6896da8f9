import type { IntegerParam, NumberParam } from '@dl8/experiments';

/** Positions of a log-scale slider: 0..LOG_STEPS from min to max. */
export const LOG_STEPS = 400;

/** True when the slider of this spec moves geometrically (needs min > 0). */
export function isLogScale(spec: NumberParam | IntegerParam): boolean {
  return spec.kind === 'number' && spec.scale === 'log' && spec.min > 0;
}

/** Rounds to 3 significant digits, so log-slider values read like 0.0316, not 0.03162277. */
export function roundSignificant(value: number, digits = 3): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(digits));
}

/**
 * The parameter value at slider position `position`: on a log scale,
 * min * (max/min)^(position/LOG_STEPS) rounded to 3 significant digits and kept in [min, max];
 * otherwise the position is the value itself.
 */
export function sliderToValue(spec: NumberParam | IntegerParam, position: number): number {
  if (!isLogScale(spec)) {
    return spec.kind === 'integer' ? Math.round(position) : Number(position.toPrecision(12));
  }
  const t = Math.min(1, Math.max(0, position / LOG_STEPS));
  const value = roundSignificant(spec.min * (spec.max / spec.min) ** t);
  return Math.min(spec.max, Math.max(spec.min, value));
}

/** The slider position showing `value`: the inverse of sliderToValue (nearest step on a log scale). */
export function valueToSlider(spec: NumberParam | IntegerParam, value: number): number {
  if (!isLogScale(spec)) return value;
  const t = Math.log(value / spec.min) / Math.log(spec.max / spec.min);
  return Math.round(Math.min(1, Math.max(0, t)) * LOG_STEPS);
}

/** The native range input's min, max and step for this spec. */
export function sliderRange(spec: NumberParam | IntegerParam): {
  min: number;
  max: number;
  step: number;
} {
  if (isLogScale(spec)) return { min: 0, max: LOG_STEPS, step: 1 };
  const step = spec.step ?? (spec.kind === 'integer' ? 1 : (spec.max - spec.min) / 100);
  return { min: spec.min, max: spec.max, step };
}

/** A parameter value as the control shows it. */
export function formatValue(value: number | boolean | string): string {
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e5)) return value.toExponential(2);
  return String(roundSignificant(value, 4));
}
