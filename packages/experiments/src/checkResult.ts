import type { ExperimentResult } from './experiment.js';

/** Problems that make a result unusable (missing parts, non-finite metrics); empty when sound. */
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
  return problems;
}
