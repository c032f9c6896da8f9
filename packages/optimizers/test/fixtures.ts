import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Reads a JSON fixture from test/fixtures; throws (never skips) when it is missing. */
export function loadFixture<T>(file: string): T {
  const path = join(here, 'fixtures', file);
  if (!existsSync(path)) {
    throw new Error(
      `fixture ${path} is missing: copy it from the shared fixtures (see test/fixtures/README.md)`,
    );
  }
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
