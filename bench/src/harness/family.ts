import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { MeasureOptions } from './measure.js';
import type { Row } from './row.js';

/** What one family process writes for the parent: its rows and every benchmark that threw. */
export interface FamilyReport {
  readonly family: string;
  readonly smoke: boolean;
  readonly rows: Row[];
  readonly errors: { id: string; message: string }[];
  readonly loadavg: { start: number[]; end: number[] };
  readonly info: Record<string, string>;
}

/** Handed to a family: measure options, and `bench` to run one named benchmark. */
export interface FamilyContext {
  readonly smoke: boolean;
  /** --alone: measure dl8 only, never load an anchor library */
  readonly alone: boolean;
  readonly options: MeasureOptions;
  /** runs one benchmark; its rows are recorded, a throw is recorded and the family goes on */
  bench(id: string, fn: () => Promise<Row | Row[]>): Promise<void>;
  /** facts about the run worth keeping (backend features, bundle paths, ...) */
  info: Record<string, string>;
}

/**
 * Entry of a family process: `node ... families/<name>.ts [--smoke] --out <file>`. Runs `body`,
 * writes a FamilyReport to the file and exits 1 if any benchmark threw.
 */
export async function runFamily(
  family: string,
  body: (ctx: FamilyContext) => Promise<void>,
): Promise<void> {
  const argv = process.argv.slice(2);
  const smoke = argv.includes('--smoke');
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1] : undefined;
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const rows: Row[] = [];
  const errors: FamilyReport['errors'] = [];
  const start = loadavg();
  const ctx: FamilyContext = {
    smoke,
    alone: argv.includes('--alone'),
    options: { smoke },
    info: {},
    async bench(id, fn) {
      if (only !== undefined && !id.startsWith(only)) return;
      const began = performance.now();
      try {
        const result = await fn();
        rows.push(...(Array.isArray(result) ? result : [result]));
        const took = ((performance.now() - began) / 1000).toFixed(1);
        process.stderr.write(`  ${family}: ${id} done (${took} s)\n`);
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        errors.push({ id, message });
        process.stderr.write(`  ${family}: ${id} FAILED: ${message}\n`);
      }
    },
  };
  await body(ctx);
  const end = loadavg();
  const report: FamilyReport = {
    family,
    smoke,
    rows,
    errors,
    loadavg: { start, end },
    info: ctx.info,
  };
  if (out !== undefined) writeFileSync(out, JSON.stringify(report));
  process.exitCode = errors.length > 0 ? 1 : 0;
}
