import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  type Experiment,
  type ExperimentResult,
  getExperiment,
  parseParams,
  runExperiment,
} from '@dl8/experiments';
import { renderSvg, renderTerminal } from '@dl8/viz';
import { colorEnabled } from '../colorEnabled.js';
import type { Command } from '../command.js';
import { experimentFlags, flagName } from '../experimentFlags.js';
import { formatTable } from '../formatTable.js';
import type { Io } from '../io.js';
import { chartSize, combinedChart, resultCsv, writePng, writeText } from '../outputFiles.js';
import { type FlagSpec, parseFlags } from '../parseFlags.js';
import { createProgress } from '../progress.js';
import { UsageError } from '../usageError.js';

const common: Record<string, FlagSpec> = {
  seed: { type: 'string' },
  json: { type: 'boolean' },
  svg: { type: 'string' },
  png: { type: 'string' },
  csv: { type: 'string' },
  chart: { type: 'boolean' },
  color: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
};

/** The `--json` document: stable keys, the run's inputs and its whole result. */
export interface RunJson {
  id: string;
  section: string;
  seed: number;
  params: Record<string, number | boolean | string>;
  finding: string;
  result: ExperimentResult;
}

/** Read `--seed`: a whole number from 0 to 2^32 - 1 (default 1). */
export function parseSeed(text: string | boolean | undefined, command: string): number {
  if (text === undefined) return 1;
  const n = typeof text === 'string' && /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n > 0xffffffff) {
    throw new UsageError(
      `--seed: expected a whole number from 0 to 4294967295, got "${text}"`,
      command,
    );
  }
  return n;
}

function checkWritable(
  flag: string,
  path: string | boolean | undefined,
  io: Io,
): string | undefined {
  if (path === undefined) return undefined;
  if (typeof path !== 'string' || path === '')
    throw new UsageError(`--${flag} needs a file name`, 'run');
  const full = resolve(io.cwd, path);
  if (existsSync(full) && statSync(full).isDirectory()) {
    throw new UsageError(`--${flag}: ${path} is a folder; give a file name`, 'run');
  }
  const parent = dirname(full);
  if (existsSync(parent) && !statSync(parent).isDirectory()) {
    throw new UsageError(`--${flag}: ${dirname(path)} is not a folder`, 'run');
  }
  return full;
}

function printResult(
  io: Io,
  experiment: Experiment,
  result: ExperimentResult,
  charts: boolean,
  color: boolean,
) {
  const out = (text = '') => io.stdout.write(`${text}\n`);
  out(`${experiment.section}  ${experiment.title}`);
  out(experiment.summary);
  out();
  const metrics = Object.entries(result.metrics);
  if (metrics.length > 0) out(formatTable(['metric', 'value'], metrics));
  for (const table of result.tables ?? []) {
    out();
    out(table.title);
    out(formatTable(table.columns, table.rows));
  }
  if (charts) {
    const width = Math.max(40, Math.min(io.columns, 100));
    for (const chart of result.charts) {
      out();
      out(renderTerminal(chart, { width, color }));
    }
  }
  for (const note of result.notes ?? []) out(`\n• ${note}`);
  out();
  out(`Finding: ${experiment.finding(result)}`);
}

export const run: Command = {
  name: 'run',
  summary: 'run one experiment and print its metrics and charts',
  help: `Usage: dl8 run <experiment> [--<param> <value>]... [options]

Runs one experiment and prints its metrics, tables and charts. Parameters are the
experiment's own (see \`dl8 describe <experiment>\`); boolean parameters are switches
(--name, --no-name).

Options:
  --seed <n>      seed of every random choice (default 1); same seed, same result
  --json          print the result as JSON on stdout, and nothing else
  --svg <file>    write the charts as an SVG file
  --png <file>    write the charts as a PNG file
  --csv <file>    write the charts' data as CSV
  --no-chart      leave the terminal charts out
  --no-color      plain text even on a terminal (NO_COLOR is honoured too)
  -q, --quiet     no progress bar
  -h, --help      this help

JSON shape: { id, section, seed, params, finding, result: { charts, tables, metrics, notes } }

Examples:
  dl8 run coordinate-descent --alpha 0.01
  dl8 run bn-training --json > result.json
  dl8 run higher-order-effects --depth 12 --svg orders.svg`,

  async run(argv, io, signal) {
    const first = argv.find((a) => !a.startsWith('-'));
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout.write(`${this.help}\n`);
      return 0;
    }
    if (first === undefined) throw new UsageError('missing experiment id (see `dl8 list`)', 'run');
    const experiment = getExperiment(first);
    const paramFlags = experimentFlags(experiment);
    const clash = Object.keys(paramFlags).find((k) => Object.hasOwn(common, k));
    if (clash)
      throw new Error(`experiment ${experiment.id} has a parameter named like an option: ${clash}`);
    const { flags, positionals } = parseFlags(argv, { ...common, ...paramFlags }, 'run');
    if (positionals.length > 1) {
      throw new UsageError(
        `unexpected argument "${positionals[1]}" (one experiment at a time)`,
        'run',
      );
    }
    const texts: Record<string, string> = {};
    for (const name of Object.keys(paramFlags)) {
      const value = flags[name];
      if (value !== undefined) texts[name] = String(value);
    }
    const checked = parseParams(experiment.params, texts);
    if (!checked.ok) {
      const message = checked.errors.map((e) =>
        e.replace(/^(\w+):/, (_, k: string) => `--${flagName(k)}:`),
      );
      throw new UsageError(message.join('\n'), 'run');
    }
    const seed = parseSeed(flags.seed, 'run');
    const svgPath = checkWritable('svg', flags.svg, io);
    const pngPath = checkWritable('png', flags.png, io);
    const csvPath = checkWritable('csv', flags.csv, io);
    const json = flags.json === true;

    const progress = createProgress(io, !flags.quiet && !json);
    let result: ExperimentResult;
    try {
      result = await runExperiment(experiment, checked.value, {
        seed,
        signal,
        onProgress: (done, total) => progress.update(experiment.id, done, total),
      });
    } finally {
      progress.clear();
    }

    if (json) {
      const doc: RunJson = {
        id: experiment.id,
        section: experiment.section,
        seed,
        params: checked.value as RunJson['params'],
        finding: experiment.finding(result),
        result,
      };
      io.stdout.write(`${JSON.stringify(doc)}\n`);
    } else {
      printResult(
        io,
        experiment,
        result,
        flags.chart !== false,
        colorEnabled(io, flags.color as boolean | undefined),
      );
    }

    const written: string[] = [];
    const combined = combinedChart(experiment.title, result.charts);
    if ((svgPath || pngPath) && !combined)
      throw new Error(`${experiment.id} produced no chart to write`);
    if (svgPath && combined)
      written.push(await writeText(svgPath, renderSvg(combined, chartSize(combined))));
    if (pngPath && combined) written.push(await writePng(pngPath, combined));
    if (csvPath) written.push(await writeText(csvPath, resultCsv(result)));
    if (!flags.quiet) for (const file of written) io.stderr.write(`wrote ${file}\n`);
    return 0;
  },
};
