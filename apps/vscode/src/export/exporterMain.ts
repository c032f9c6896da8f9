// Entry of dist/exporter.js: the host loads it only when the user exports, because it carries
// the whole renderer (markdown-it, KaTeX, every experiment).
import { basename, dirname } from 'node:path';
import { exportChapter } from '@dl8/notes/node';
import type { ExportRequest, ExportSummary } from '../host/exporter.js';

/** Writes the chapter (or the given markdown) as one standalone, offline HTML file. */
export async function exportNotes(request: ExportRequest): Promise<ExportSummary> {
  const result = await exportChapter({
    outDir: dirname(request.file),
    fileName: basename(request.file),
    assetsDir: request.assetsDir,
    seed: request.settings.seed,
    numberEquations: request.settings.numberEquations,
    ...(request.markdown === undefined ? {} : { markdown: request.markdown, title: request.title }),
  });
  return { file: result.file, bytes: result.bytes, issues: result.errors.length };
}
