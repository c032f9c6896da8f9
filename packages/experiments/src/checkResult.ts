import type { ExperimentResult } from './experiment.js';

/** Paths (like `charts[0].series[1].y[7]`) of numbers that JSON cannot carry: NaN and ±Infinity. */
function nonFinitePaths(value: unknown, path: string, out: string[]): void {
  if (out.length >= 3) return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length && out.length < 3; i++)
      nonFinitePaths(value[i], `${path}[${i}]`, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) nonFinitePaths(v, path ? `${path}.${k}` : k, out);
  }
}

/**
 * Problems that make a result unusable: missing parts, charts without a type, non-finite metrics,
 * or any non-finite number anywhere (JSON would turn it into null). Empty when sound.
 */
export function checkResult(result: unknown): string[] {
  if (typeof result !== 'object' || result === null) return ['result is not an object'];
  const r = result as Partial<ExperimentResult>;
  const problems: string[] = [];
  if (!Array.isArray(r.charts)) problems.push('charts is not an array');
  else if (
    r.charts.some((c) => typeof c !== 'object' || c === null || typeof c.type !== 'string')
  ) {
    problems.push('a chart has no type');
  }
  if (typeof r.metrics !== 'object' || r.metrics === null) problems.push('metrics is missing');
  else {
    for (const [key, value] of Object.entries(r.metrics)) {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        problems.push(`metric ${key} is not a finite number (${String(value)})`);
      }
    }
  }
  if (r.tables !== undefined && !Array.isArray(r.tables)) problems.push('tables is not an array');
  if (r.notes !== undefined && !Array.isArray(r.notes)) problems.push('notes is not an array');
  if (problems.length === 0) {
    const bad: string[] = [];
    nonFinitePaths({ charts: r.charts, tables: r.tables }, '', bad);
    if (bad.length > 0) problems.push(`non-finite numbers (not JSON-safe): ${bad.join(', ')}`);
  }
  return problems;
}
