import { resolve } from 'node:path';
import { type ExportOptions, exportChapter } from '@dl8/notes/node';
import { assetsDir } from '../assetsDir.js';
import type { Command } from '../command.js';
import { displayPath } from '../displayPath.js';
import { parseFlags } from '../parseFlags.js';
import { readNoteFiles } from '../readNoteFiles.js';
import { UsageError } from '../usageError.js';
import { parseSeed } from './run.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the notes as one self-contained HTML page',
  help: `Usage: dl8 export [FILE.md ...] [--out DIR] [options]

Writes the chapter notes (or each of your markdown files) as one self-contained HTML
page: typeset math, every experiment pre-drawn and live (sliders rerun it), working
offline from file://. Your own notes are treated as untrusted: raw HTML is shown as
text, only http(s), mailto and #anchor links are kept.

Options:
  --out <dir>   folder to write into (default: dl8-notes)
  --seed <n>    seed of the pre-drawn runs (default 1)
  --no-numbers  do not number equations
  -h, --help    this help

Writes DIR/index.html for the chapter, DIR/<name>.html for FILE.md.`,

  async run(argv, io) {
    const { flags, positionals } = parseFlags(
      argv,
      {
        out: { type: 'string' },
        seed: { type: 'string' },
        numbers: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      'export',
    );
    if (flags.help) {
      io.stdout.write(`${exportCommand.help}\n`);
      return 0;
    }
    if (flags.out === '') throw new UsageError('--out needs a folder name', 'export');
    const outDir = String(flags.out ?? 'dl8-notes');
    const seed = parseSeed(flags.seed, 'export');
    const files = readNoteFiles(positionals, io.cwd, 'export');
    const common = {
      outDir: resolve(io.cwd, outDir),
      seed,
      numberEquations: flags.numbers !== false,
      assetsDir: assetsDir(),
    };
    const jobs: ExportOptions[] =
      files.length === 0
        ? [{ ...common }]
        : files.map((f) => ({
            ...common,
            markdown: f.markdown,
            fileName: `${f.name}.html`,
            title: f.name,
          }));
    for (const job of jobs) {
      const result = await exportChapter(job);
      for (const issue of result.errors) {
        io.stderr.write(
          `warning: ${job.fileName ?? 'chapter'}${issue.line ? `:${issue.line}` : ''}: ${issue.message}\n`,
        );
      }
      io.stdout.write(
        `wrote ${displayPath(io.cwd, result.file)} (${(result.bytes / 1024).toFixed(0)} KiB)\n`,
      );
    }
    return 0;
  },
};
