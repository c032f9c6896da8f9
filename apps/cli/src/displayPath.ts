import { isAbsolute, relative } from 'node:path';

/** A written file's path as a person wants it: relative when it is under the current folder, else absolute. */
export function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}
