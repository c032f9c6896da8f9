import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import type { Row, Target } from './row.js';

/**
 * A size row for a built bundle: bytes as built, bytes after esbuild's minifier (so an
 * unminified build cannot look small or large by accident) and gzip -9 of the minified code.
 */
export async function bundleRow(
  family: string,
  id: string,
  name: string,
  file: string,
  targets: Target[] = [],
  notes: string[] = [],
): Promise<Row> {
  const code = readFileSync(file, 'utf8');
  const minified = (await transform(code, { minify: true, legalComments: 'none' })).code;
  const bytes = Math.min(Buffer.byteLength(code), Buffer.byteLength(minified));
  const gzip = gzipSync(minified, { level: 9 }).byteLength;
  return {
    family,
    id,
    name,
    unit: 'bytes',
    dl8: { median: bytes, min: bytes, max: bytes, runs: 1 },
    anchors: [],
    targets,
    extra: { builtBytes: Buffer.byteLength(code), minifiedBytes: bytes, gzipBytes: gzip, file },
    notes,
  };
}
