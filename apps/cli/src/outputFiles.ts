import { writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { ExperimentResult } from '@dl8/experiments';
import { type ChartSpec, type GridChart, renderSvg, toTable } from '@dl8/viz';

/** All of a result's charts as one spec: the chart itself, or small multiples of every chart. */
export function combinedChart(title: string, charts: readonly ChartSpec[]): ChartSpec | undefined {
  const flat = charts.flatMap((c) => (c.type === 'grid' ? c.charts : [c]));
  if (charts.length === 1) return charts[0];
  if (flat.length === 0) return undefined;
  const grid: GridChart = { type: 'grid', title, charts: flat, columns: Math.min(2, flat.length) };
  return grid;
}

/** The size a combined chart is drawn at: 640x400 per cell. */
export function chartSize(spec: ChartSpec): { width: number; height: number } {
  if (spec.type !== 'grid') return { width: 640, height: 400 };
  const columns = spec.columns ?? Math.min(spec.charts.length, 3);
  const rows = Math.ceil(spec.charts.length / columns);
  return { width: 560 * columns, height: 360 * rows };
}

const csvCell = (v: string | number) => {
  const text = String(v);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * Every chart's data as one CSV: a `chart` column naming the chart, then the union of the
 * charts' columns (a cell is empty where a chart has no such column).
 */
export function resultCsv(result: ExperimentResult): string {
  const flat = result.charts.flatMap((c) => (c.type === 'grid' ? c.charts : [c]));
  const tables = flat.map((chart) => ({ title: chart.title, ...toTable(chart) }));
  const columns = [...new Set(tables.flatMap((t) => t.columns))];
  const lines = [['chart', ...columns].map(csvCell).join(',')];
  for (const t of tables) {
    const at = columns.map((c) => t.columns.indexOf(c));
    for (const row of t.rows) {
      lines.push(
        [t.title, ...at.map((j) => (j === -1 ? '' : (row[j] ?? '')))].map(csvCell).join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Write a text file, creating its folder. */
export async function writeText(path: string, text: string): Promise<string> {
  const full = resolve(path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, text);
  return full;
}

/** Render the combined chart to PNG with resvg (a real SVG renderer) and write it. */
export async function writePng(path: string, spec: ChartSpec): Promise<string> {
  const { Resvg } = await import('@resvg/resvg-js');
  const size = chartSize(spec);
  const svg = renderSvg(spec, { ...size, cssVariables: false });
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: size.width },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  })
    .render()
    .asPng();
  const full = resolve(path);
  await mkdir(dirname(full), { recursive: true });
  writeFileSync(full, png);
  return full;
}
