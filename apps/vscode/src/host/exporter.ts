import { join } from 'node:path';
import type { RenderSettings } from '../shared/protocol.js';

/** The export bundle's API (dist/exporter.js, built from src/export/exporterMain.ts). */
export interface Exporter {
  /** The chapter as one standalone, offline HTML page. */
  exportChapter(options: { settings: RenderSettings; mediaDir: string }): Promise<string>;
}

/**
 * Loads the export bundle on first use: it holds the whole renderer (markdown-it, KaTeX, the
 * experiments), which the host bundle must not carry at activation.
 */
export function loadExporter(extensionPath: string): Exporter {
  return require(join(extensionPath, 'dist', 'exporter.js')) as Exporter;
}
