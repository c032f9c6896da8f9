import { describeRange, getExperiment, type ParamSpec } from '@dl8/experiments';
import type { Command } from '../command.js';
import { flagName } from '../experimentFlags.js';
import { formatTable } from '../formatTable.js';
import { parseFlags } from '../parseFlags.js';
import { UsageError } from '../usageError.js';

const kind = (spec: ParamSpec) =>
  spec.kind === 'number' && spec.scale === 'log'
    ? `${describeRange(spec)} (log scale)`
    : describeRange(spec);

export const describe: Command = {
  name: 'describe',
  summary: "show an experiment's summary and parameters",
  help: `Usage: dl8 describe <experiment> [--json]

Shows what an experiment demonstrates and its parameters: flag, allowed values,
default and what it does.

Options:
  --json      print { id, section, title, summary, heavy, params } as JSON
  -h, --help  this help`,

  async run(argv, io) {
    const { flags, positionals } = parseFlags(
      argv,
      { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      'describe',
    );
    if (flags.help) {
      io.stdout.write(`${describe.help}\n`);
      return 0;
    }
    if (positionals.length === 0)
      throw new UsageError('missing experiment id (see `dl8 list`)', 'describe');
    if (positionals.length > 1)
      throw new UsageError(`unexpected argument "${positionals[1]}"`, 'describe');
    const e = getExperiment(positionals[0]!);
    if (flags.json) {
      const { id, section, title, summary, heavy, params } = e;
      io.stdout.write(`${JSON.stringify({ id, section, title, summary, heavy, params })}\n`);
      return 0;
    }
    const rows = Object.entries(e.params).map(([name, spec]) => [
      spec.kind === 'boolean'
        ? `--${flagName(name)} / --no-${flagName(name)}`
        : `--${flagName(name)}`,
      kind(spec),
      String(spec.default),
      spec.help,
    ]);
    const out = [
      `${e.section}  ${e.title}${e.heavy ? '  (heavy: shows progress)' : ''}`,
      e.summary,
      '',
      rows.length > 0
        ? formatTable(['flag', 'allowed', 'default', 'what it does'], rows)
        : 'No parameters.',
      '',
      `Run it: dl8 run ${e.id}${rows.length > 0 ? ` ${rows[0]![0]!.split(' ')[0]} ${Object.values(e.params)[0]!.default}` : ''}`,
    ];
    io.stdout.write(`${out.join('\n')}\n`);
    return 0;
  },
};
