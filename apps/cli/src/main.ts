import {
  didYouMean,
  ExperimentAbortError,
  InvalidParamsError,
  UnknownExperimentError,
} from '@dl8/experiments';
import pkg from '../package.json' with { type: 'json' };
import type { Command } from './command.js';
import type { Io } from './io.js';
import { UsageError } from './usageError.js';

/** Subcommands, loaded only when called so that `--help` starts fast. */
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  tour: {
    summary: 'run every experiment, print the findings, write the HTML notes',
    load: async () => (await import('./commands/tour.js')).tour,
  },
  list: {
    summary: 'list the experiments (id, section, title)',
    load: async () => (await import('./commands/list.js')).list,
  },
  describe: {
    summary: "show an experiment's summary and parameters",
    load: async () => (await import('./commands/describe.js')).describe,
  },
  run: {
    summary: 'run one experiment and print its metrics and charts',
    load: async () => (await import('./commands/run.js')).run,
  },
  notes: {
    summary: 'read the chapter notes (or your own markdown) in the terminal',
    load: async () => (await import('./commands/notes.js')).notes,
  },
  export: {
    summary: 'write the notes as one self-contained HTML page',
    load: async () => (await import('./commands/export.js')).exportCommand,
  },
};

/** The text of `dl8 --help`. */
export const HELP = `dl8 ${pkg.version} — Deep Learning, chapter 8.7, with live experiments

Usage: dl8 <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join('\n')}

Options:
  -h, --help     help for dl8, or for a command (dl8 run --help)
  -V, --version  the version

Examples:
  dl8 tour
  dl8 run coordinate-descent --alpha 0.01
  dl8 run bn-training --json > result.json
  dl8 notes --section 8.7.1`;

/** Runs `dl8 <argv>` and returns the exit code: 0 ok, 1 runtime failure, 2 usage error, 130 interrupted. */
export async function main(argv: readonly string[], io: Io, signal: AbortSignal): Promise<number> {
  const [name, ...rest] = argv;
  let commandName: string | undefined;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      if (name === 'help' && rest[0] !== undefined) return main([rest[0], '--help'], io, signal);
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (name === '--version' || name === '-V') {
      io.stdout.write(`${pkg.version}\n`);
      return 0;
    }
    const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!entry) {
      const hint = didYouMean(name, Object.keys(commands));
      const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"`;
      throw new UsageError(
        `${what}${hint ? ` (did you mean "${hint}"?)` : ''}; commands: ${Object.keys(commands).join(', ')}`,
      );
    }
    commandName = name;
    const command = await entry.load();
    return await command.run(rest, io, signal);
  } catch (error) {
    if (error instanceof ExperimentAbortError || signal.aborted) {
      io.stderr.write('dl8: interrupted\n');
      return 130;
    }
    if (
      error instanceof UsageError ||
      error instanceof UnknownExperimentError ||
      error instanceof InvalidParamsError
    ) {
      const where = error instanceof UsageError ? (error.command ?? commandName) : commandName;
      const more = where ? `dl8 ${where} --help` : 'dl8 --help';
      io.stderr.write(`dl8: ${error.message}\n(see \`${more}\`)\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`dl8: error: ${message}\n`);
    return 1;
  }
}
