import { experiments } from '@dl8/experiments';
import type { Command } from '../command.js';
import { formatTable } from '../formatTable.js';
import { parseFlags } from '../parseFlags.js';
import { UsageError } from '../usageError.js';

export const list: Command = {
  name: 'list',
  summary: 'list the experiments (id, section, title)',
  help: `Usage: dl8 list [--json]

Lists every experiment in chapter order.

Options:
  --json      print [{ id, section, title, summary, heavy }] as JSON
  -h, --help  this help`,

  async run(argv, io) {
    const { flags, positionals } = parseFlags(
      argv,
      { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      'list',
    );
    if (flags.help) {
      io.stdout.write(`${list.help}\n`);
      return 0;
    }
    if (positionals.length > 0)
      throw new UsageError(`unexpected argument "${positionals[0]}"`, 'list');
    if (flags.json) {
      const rows = experiments.map(({ id, section, title, summary, heavy }) => ({
        id,
        section,
        title,
        summary,
        heavy,
      }));
      io.stdout.write(`${JSON.stringify(rows)}\n`);
      return 0;
    }
    const rows = experiments.map((e) => [e.id, e.section, e.title]);
    io.stdout.write(`${formatTable(['id', 'section', 'title'], rows)}\n`);
    return 0;
  },
};
