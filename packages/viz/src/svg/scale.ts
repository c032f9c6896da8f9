import { type ScaleContinuousNumeric, scaleLinear, scaleLog } from 'd3-scale';
import { tickLabel } from '../data/label.js';
import { LOG_MIN, MAG } from '../data/points.js';
import type { AxisScale } from '../spec/common.js';

/** A positioned numeric axis: the scale, tick values and their labels. */
export interface NumericAxis {
  scale: ScaleContinuousNumeric<number, number>;
  ticks: number[];
  labels: string[];
  kind: AxisScale;
}

/** Widens a degenerate or missing extent so a scale can be built from it. */
export function safeDomain(ext: [number, number] | undefined, kind: AxisScale): [number, number] {
  const ok = (v: number) =>
    Number.isFinite(v) && Math.abs(v) <= MAG * 1e3 && (kind !== 'log' || v >= LOG_MIN / 1e3);
  if (!ext || !ok(ext[0]) || !ok(ext[1]) || ext[0] > ext[1])
    return kind === 'log' ? [1, 10] : [0, 1];
  const [lo, hi] = ext;
  if (kind === 'log') return hi / lo > 1 + 1e-9 ? [lo, hi] : [lo / 10, lo * 10];
  // Spans too small relative to the values (or subnormal) cannot be ticked: widen them.
  const need = Math.max(Math.max(Math.abs(lo), Math.abs(hi)) * 1e-9, 1e-290);
  if (hi - lo >= need) return [lo, hi];
  const mid = (lo + hi) / 2;
  const pad = Math.abs(mid) > 1e-290 ? Math.abs(mid) * 0.1 : 1;
  return [mid - pad, mid + pad];
}

/** Builds a nice scale over the domain onto [r0, r1] with about `count` labelled ticks. */
export function numericAxis(
  domain: [number, number],
  range: [number, number],
  kind: AxisScale = 'linear',
  count = 6,
  fixed = false,
): NumericAxis {
  // A user-given domain may be reversed, degenerate or non-finite: fall back to a usable one.
  domain = safeDomain(domain, kind);
  if (kind === 'log') {
    const scale = scaleLog().domain(domain).range(range);
    if (!fixed) scale.nice();
    let ticks = scale.ticks(count).filter((t) => Number.isFinite(t));
    const decades = ticks.filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9);
    // Label only powers of ten when there are enough of them; otherwise all ticks d3 offers.
    if (decades.length >= 2) {
      const stride = Math.ceil(decades.length / count);
      ticks = decades.filter((_, i) => i % stride === 0);
    }
    return { scale, ticks, labels: ticks.map(tickLabel), kind };
  }
  const scale = scaleLinear().domain(domain).range(range);
  if (!fixed) scale.nice(count);
  const ticks = scale.ticks(count);
  return { scale, ticks, labels: ticks.map(tickLabel), kind };
}

/** How many ticks fit along `length` pixels with at least `spacing` pixels between them (2 to `max`). */
export function tickCount(length: number, spacing: number, max = 6): number {
  return Math.max(2, Math.min(max, Math.floor(length / spacing)));
}
