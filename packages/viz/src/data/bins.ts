import { ticks } from 'd3-array';
import type { HistogramChart } from '../spec/histogram.js';
import { extentOf } from './points.js';

/** Shared bins of a histogram: edges (n + 1) and, per series, counts or densities (n each). */
export interface Binned {
  edges: number[];
  heights: number[][];
  /** Per series: values that were not finite or fell outside the edges. */
  dropped: number[];
}

/** Bins every series of a histogram on the same edges ("nice" edges when `bins` is a count). */
export function binHistogram(spec: HistogramChart): Binned {
  const bins = spec.bins ?? 20;
  let edges: number[];
  if (typeof bins === 'object') edges = [...bins.edges];
  else {
    const ext = extentOf(spec.series.flatMap((s) => s.values)) ?? [0, 1];
    let [lo, hi] = ext;
    if (lo === hi) {
      lo -= 0.5;
      hi += 0.5;
    }
    const t = ticks(lo, hi, Math.max(1, Math.round(bins)));
    const step = t.length > 1 ? t[1]! - t[0]! : hi - lo;
    edges = t.filter((v) => v >= lo && v <= hi);
    while (edges.length === 0 || edges[0]! > lo) edges.unshift((edges[0] ?? hi) - step);
    while (edges[edges.length - 1]! < hi || edges.length < 2)
      edges.push(edges[edges.length - 1]! + step);
    edges = edges.map((v) => Number(v.toPrecision(12)));
  }
  const n = edges.length - 1;
  const lo = edges[0]!;
  const hi = edges[n]!;
  const heights: number[][] = [];
  const dropped: number[] = [];
  for (const s of spec.series) {
    const h = new Array<number>(n).fill(0);
    let d = 0;
    for (const v of s.values) {
      if (!Number.isFinite(v) || v < lo || v > hi) {
        d++;
        continue;
      }
      // Bins are [a, b) except the last, which also holds its right edge.
      let i = 0;
      while (i < n - 1 && v >= edges[i + 1]!) i++;
      h[i]!++;
    }
    if (spec.normalize === 'density') {
      const total = h.reduce((a, b) => a + b, 0);
      for (let i = 0; i < n; i++) h[i] = total ? h[i]! / (total * (edges[i + 1]! - edges[i]!)) : 0;
    }
    heights.push(h);
    dropped.push(d);
  }
  return { edges, heights, dropped };
}
