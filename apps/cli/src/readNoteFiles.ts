import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { UsageError } from './usageError.js';

/** A markdown file given on the command line, read up front so a bad name fails before anything is written. */
export interface NoteFile {
  path: string;
  name: string;
  markdown: string;
}

/** Read every file, or throw a usage error naming the first that is missing, a folder, or not text. */
export function readNoteFiles(paths: readonly string[], cwd: string, command: string): NoteFile[] {
  return paths.map((p) => {
    const full = resolve(cwd, p);
    if (!existsSync(full)) throw new UsageError(`no such file: ${p}`, command);
    if (statSync(full).isDirectory())
      throw new UsageError(`${p} is a folder; give markdown files`, command);
    const markdown = readFileSync(full, 'utf8');
    if (markdown.includes('\u0000')) throw new UsageError(`${p} is not a text file`, command);
    return { path: full, name: basename(full).replace(/\.(md|markdown)$/i, ''), markdown };
  });
}
