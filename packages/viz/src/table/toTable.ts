import { binHistogram } from '../data/bins.js';
import { validateSpec } from '../data/validate.js';
import type { ChartSpec } from '../spec/chartSpec.js';

/** Tabular data: column names and rows of cells. */
export interface DataTable {
  columns: string[];
  rows: (string | number)[][];
}

/** Cell value: finite numbers stay numbers; NaN and ±Infinity become the strings "NaN", "Infinity", "-Infinity". */
function cell(v: number): string | number {
  return Number.isFinite(v) ? v : String(v);
}

/** The data behind a chart as rows, for an accessible "show data" view and CSV export (long format for series). */
export function toTable(spec: ChartSpec): DataTable {
  validateSpec(spec);
  switch (spec.type) {
    case 'line':
      return {
        columns: ['series', spec.xAxis?.label ?? 'x', spec.yAxis?.label ?? 'y'],
        rows: spec.series.flatMap((s) => s.x.map((x, i) => [s.name, cell(x), cell(s.y[i]!)])),
      };
    case 'contour': {
      const { x, y, z } = spec.grid;
      const rows: (string | number)[][] = [];
      for (let j = 0; j < y.length; j++) {
        for (let i = 0; i < x.length; i++)
          rows.push(['grid', '', cell(x[i]!), cell(y[j]!), cell(z[j * x.length + i]!)]);
      }
      for (const t of spec.trajectories ?? []) {
        for (let k = 0; k < t.x.length; k++)
          rows.push([t.name, k, cell(t.x[k]!), cell(t.y[k]!), '']);
      }
      return {
        columns: [
          'source',
          'step',
          spec.xAxis?.label ?? 'x',
          spec.yAxis?.label ?? 'y',
          spec.zLabel ?? 'z',
        ],
        rows,
      };
    }
    case 'histogram': {
      const { edges, heights } = binHistogram(spec);
      return {
        columns: ['bin start', 'bin end', ...spec.series.map((s) => s.name)],
        rows: edges.slice(0, -1).map((e, b) => [e, edges[b + 1]!, ...heights.map((h) => h[b]!)]),
      };
    }
    case 'bar':
      return {
        columns: [spec.xLabel ?? 'category', ...spec.series.map((s) => s.name)],
        rows: spec.categories.map((c, i) => [c, ...spec.series.map((s) => cell(s.values[i]!))]),
      };
    case 'heatmap': {
      const cols = spec.values[0]?.length ?? 0;
      const colLabels = spec.columnLabels ?? Array.from({ length: cols }, (_, i) => String(i));
      return {
        columns: [spec.yLabel ?? 'row', ...colLabels],
        rows: spec.values.map((r, i) => [spec.rowLabels?.[i] ?? String(i), ...r.map(cell)]),
      };
    }
    case 'grid': {
      // One table for all cells: a "chart" column plus the union of the cells' columns.
      const parts = spec.charts.map((c) => ({ title: c.title, t: toTable(c) }));
      const columns = ['chart'];
      for (const p of parts) for (const c of p.t.columns) if (!columns.includes(c)) columns.push(c);
      const rows = parts.flatMap((p) =>
        p.t.rows.map((r) =>
          columns.map((c, k) => (k === 0 ? p.title : (r[p.t.columns.indexOf(c)] ?? ''))),
        ),
      );
      return { columns, rows };
    }
  }
}
