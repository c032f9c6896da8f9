import { VizSpecError } from '../errors.js';
import type { ChartSpec } from '../spec/chartSpec.js';

const TYPES = ['line', 'contour', 'histogram', 'bar', 'heatmap', 'grid'];

function isNums(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'number');
}

function need(ok: boolean, msg: string): void {
  if (!ok) throw new VizSpecError(msg);
}

/** Checks the structure of a spec (types and lengths); numbers may still be non-finite. */
export function validateSpec(spec: ChartSpec, where = 'spec'): void {
  need(typeof spec === 'object' && spec !== null, `${where}: expected an object`);
  need(
    TYPES.includes(spec.type),
    `${where}.type: got ${JSON.stringify(spec.type)}, allowed: ${TYPES.join(', ')}`,
  );
  need(typeof spec.title === 'string', `${where}.title: expected a string`);
  switch (spec.type) {
    case 'line':
      spec.series.forEach((s, i) => {
        need(isNums(s.x) && isNums(s.y), `${where}.series[${i}]: x and y must be number arrays`);
        need(
          s.x.length === s.y.length,
          `${where}.series[${i}] "${s.name}": x has ${s.x.length} values but y has ${s.y.length}`,
        );
      });
      return;
    case 'contour': {
      const { x, y, z } = spec.grid;
      need(isNums(x) && isNums(y) && isNums(z), `${where}.grid: x, y, z must be number arrays`);
      need(x.length >= 2 && y.length >= 2, `${where}.grid: need at least 2 samples along x and y`);
      need(
        z.length === x.length * y.length,
        `${where}.grid.z: has ${z.length} values, expected x.length * y.length = ${x.length * y.length}`,
      );
      (spec.trajectories ?? []).forEach((t, i) => {
        need(
          isNums(t.x) && isNums(t.y) && t.x.length === t.y.length,
          `${where}.trajectories[${i}]: x and y must be number arrays of equal length`,
        );
      });
      return;
    }
    case 'histogram':
      spec.series.forEach((s, i) => {
        need(isNums(s.values), `${where}.series[${i}].values: expected a number array`);
      });
      if (typeof spec.bins === 'object') {
        const e = spec.bins.edges;
        need(
          isNums(e) &&
            e.length >= 2 &&
            e.every((v, i) => Number.isFinite(v) && (i === 0 || v > e[i - 1]!)),
          `${where}.bins.edges: expected at least 2 finite, strictly increasing numbers`,
        );
      }
      return;
    case 'bar':
      spec.series.forEach((s, i) => {
        need(
          isNums(s.values) && s.values.length === spec.categories.length,
          `${where}.series[${i}] "${s.name}": needs one value per category (${spec.categories.length}), got ${s.values?.length}`,
        );
      });
      return;
    case 'heatmap': {
      const cols = spec.values[0]?.length ?? 0;
      spec.values.forEach((r, i) => {
        need(
          isNums(r) && r.length === cols,
          `${where}.values[${i}]: every row needs ${cols} numbers, got ${r?.length}`,
        );
      });
      return;
    }
    case 'grid':
      spec.charts.forEach((c, i) => {
        need(c.type !== ('grid' as string), `${where}.charts[${i}]: grids do not nest`);
        validateSpec(c, `${where}.charts[${i}]`);
      });
      return;
  }
}
