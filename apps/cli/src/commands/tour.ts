import { resolve } from 'node:path';
import { type ExperimentResult, experiments, runExperiment } from '@dl8/experiments';
import { exportChapter } from '@dl8/notes/node';
import { renderTerminal } from '@dl8/viz';
import { assetsDir } from '../assetsDir.js';
import { colorEnabled } from '../colorEnabled.js';
import type { Command } from '../command.js';
import { displayPath } from '../displayPath.js';
import { parseFlags } from '../parseFlags.js';
import { createProgress } from '../progress.js';
import { UsageError } from '../usageError.js';
import { parseSeed } from './run.js';

/** The experiments whose first chart the tour draws: one per big idea of the chapter. */
const FEATURED = ['higher-order-effects', 'coordinate-descent', 'bn-training'];

export const tour: Command = {
  name: 'tour',
  summary: 'run every experiment, print the findings, write the HTML notes',
  help: `Usage: dl8 tour [--out DIR] [options]

Runs every experiment of chapter 8.7 at its defaults, prints the finding each one
proves (with its number), draws a few of the charts, and writes the chapter notes with
live experiments as one HTML page that works offline.

Options:
  --out <dir>   folder for the HTML notes (default: dl8-notes)
  --seed <n>    seed of every run (default 1)
  --no-chart    leave the terminal charts out
  --no-color    plain text even on a terminal (NO_COLOR is honoured too)
  -q, --quiet   no progress bar
  -h, --help    this help`,

  async run(argv, io, signal) {
    const { flags, positionals } = parseFlags(
      argv,
      {
        out: { type: 'string' },
        seed: { type: 'string' },
        chart: { type: 'boolean' },
        color: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
      'tour',
    );
    if (flags.help) {
      io.stdout.write(`${tour.help}\n`);
      return 0;
    }
    if (positionals.length > 0)
      throw new UsageError(`unexpected argument "${positionals[0]}"`, 'tour');
    if (flags.out === '') throw new UsageError('--out needs a folder name', 'tour');
    const seed = parseSeed(flags.seed, 'tour');
    const outDir = resolve(io.cwd, String(flags.out ?? 'dl8-notes'));
    const color = colorEnabled(io, flags.color as boolean | undefined);
    const bold = (s: string) => (color ? `\u001b[1m${s}\u001b[22m` : s);
    const out = (text = '') => io.stdout.write(`${text}\n`);

    out(bold(`dl8 tour — Deep Learning 8.7, every experiment at its defaults (seed ${seed})`));
    out();
    const progress = createProgress(io, !flags.quiet);
    const results = new Map<string, ExperimentResult>();
    const started = performance.now();
    for (const [k, e] of experiments.entries()) {
      const label = `${k + 1}/${experiments.length} ${e.id}`;
      progress.update(label, k, experiments.length);
      const result = await runExperiment(
        e,
        {},
        {
          seed,
          signal,
          onProgress: (done, total) =>
            progress.update(label, k + (total > 0 ? done / total : 0), experiments.length),
        },
      );
      progress.clear();
      results.set(e.id, result);
      out(`${bold(`${e.section.padEnd(6)} ${e.title}`)}`);
      out(`       ${e.finding(result)}`);
    }
    progress.clear();
    const seconds = (performance.now() - started) / 1000;
    out();
    out(`${experiments.length} experiments in ${seconds.toFixed(1)} s.`);

    if (flags.chart !== false) {
      const width = Math.max(40, Math.min(io.columns, 100));
      for (const id of FEATURED) {
        const chart = results.get(id)?.charts[0];
        if (!chart) continue;
        out();
        out(renderTerminal(chart, { width, color }));
      }
    }

    progress.update('writing the HTML notes', 0, 1);
    const written = await exportChapter({ outDir, seed, assetsDir: assetsDir() });
    progress.clear();
    out();
    const shown = displayPath(io.cwd, written.file);
    out(
      bold(
        `The chapter notes with live experiments: ${shown} (${(written.bytes / 1024 / 1024).toFixed(1)} MiB)`,
      ),
    );
    out('Open it in a browser; it works offline. Next steps:');
    out('  dl8 run coordinate-descent --alpha 0.01   one experiment, your parameters');
    out('  dl8 describe bn-training                   what an experiment shows, its parameters');
    out('  dl8 notes --section 8.7.1                  read a section in the terminal');
    for (const issue of written.errors) io.stderr.write(`warning: notes: ${issue.message}\n`);
    return 0;
  },
};
