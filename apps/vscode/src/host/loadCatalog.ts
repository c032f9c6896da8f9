import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../shared/catalog.js';

let cached: { path: string; catalog: Catalog } | undefined;

/** The catalog written at build time (dist/catalog.json), read once on first use. */
export function loadCatalog(extensionPath: string): Catalog {
  const path = join(extensionPath, 'dist', 'catalog.json');
  if (cached?.path !== path)
    cached = { path, catalog: JSON.parse(readFileSync(path, 'utf8')) as Catalog };
  return cached.catalog;
}
