import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let cached: { path: string; source: string } | undefined;

/** The experiment worker bundle shipped in media/notes/worker.js, read once. */
export function readWorkerSource(extensionPath: string): string {
  const path = join(extensionPath, 'media', 'notes', 'worker.js');
  if (cached?.path !== path) cached = { path, source: readFileSync(path, 'utf8') };
  return cached.source;
}
