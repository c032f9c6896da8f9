import { chapter, renderText } from '@dl8/notes';
import { colorEnabled } from '../colorEnabled.js';
import type { Command } from '../command.js';
import { parseFlags } from '../parseFlags.js';
import { readNoteFiles } from '../readNoteFiles.js';
import { UsageError } from '../usageError.js';
import { parseSeed } from './run.js';

export const notes: Command = {
  name: 'notes',
  summary: 'read the chapter notes (or your own markdown) in the terminal',
  help: `Usage: dl8 notes [FILE.md ...] [options]

Prints the chapter notes, or your own markdown notes, as terminal text: math as
readable symbols, and each experiment block summarised with the finding of a real run
and the \`dl8 run\` command that reproduces it.

Options:
  --section <s>   only this section of the chapter: its number (8.7.1) or id
                  (batch-normalization); repeat as --section 8.7.1,8.7.2
  --no-run        do not run the experiments (just name them)
  --seed <n>      seed of the runs (default 1)
  --width <n>     wrap at this column (default: the terminal's, at most 100)
  --no-color      no bold headings (NO_COLOR is honoured too)
  -h, --help      this help

Examples:
  dl8 notes --section 8.7.2 | less
  dl8 notes my-notes.md`,

  async run(argv, io) {
    const { flags, positionals } = parseFlags(
      argv,
      {
        section: { type: 'string' },
        run: { type: 'boolean' },
        seed: { type: 'string' },
        width: { type: 'string' },
        color: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      'notes',
    );
    if (flags.help) {
      io.stdout.write(`${notes.help}\n`);
      return 0;
    }
    const seed = parseSeed(flags.seed, 'notes');
    let width = Math.min(io.columns, 100);
    if (flags.width !== undefined) {
      width = /^\d+$/.test(String(flags.width)) ? Number(flags.width) : Number.NaN;
      if (!(width >= 40 && width <= 400)) {
        throw new UsageError(
          `--width: expected a whole number from 40 to 400, got "${flags.width}"`,
          'notes',
        );
      }
    }
    let sources: { markdown: string }[];
    if (positionals.length > 0) {
      if (flags.section !== undefined)
        throw new UsageError(
          '--section picks chapter sections; it cannot be combined with files',
          'notes',
        );
      sources = readNoteFiles(positionals, io.cwd, 'notes');
    } else if (flags.section !== undefined) {
      const wanted = String(flags.section)
        .split(',')
        .map((s) => s.trim());
      sources = wanted.map((w) => {
        const found = chapter.find((s) => s.section === w || s.id === w);
        if (!found) {
          const known = chapter.map((s) => `${s.section || '-'} (${s.id})`).join(', ');
          throw new UsageError(`--section: no section "${w}"; sections: ${known}`, 'notes');
        }
        return found;
      });
    } else sources = [...chapter];
    const options = {
      width,
      seed,
      runExperiments: flags.run !== false,
      color: colorEnabled(io, flags.color as boolean | undefined),
    };
    const texts: string[] = [];
    for (const source of sources) texts.push(await renderText(source.markdown, options));
    io.stdout.write(texts.join('\n'));
    return 0;
  },
};
