import { join } from 'node:path';
import type { RenderSettings } from '../shared/protocol.js';

/** What to export, and where. */
export interface ExportRequest {
  /** Absolute path of the HTML file to write. */
  file: string;
  /** The notes' browser assets shipped in media/notes (styles, KaTeX fonts, hydration, worker). */
  assetsDir: string;
  settings: RenderSettings;
  /** The user's own markdown instead of the chapter. */
  markdown?: string;
  title?: string;
}

/** What was written. */
export interface ExportSummary {
  file: string;
  bytes: number;
  /** Blocks or math the renderer drew as an explained error box. */
  issues: number;
}

/** The export bundle's API (dist/exporter.js, built from src/export/exporterMain.ts). */
export interface Exporter {
  exportNotes(request: ExportRequest): Promise<ExportSummary>;
}

/**
 * Loads the export bundle on first use: it holds the whole renderer, which the host bundle
 * must not carry at activation.
 */
export function loadExporter(extensionPath: string): Exporter {
  return require(join(extensionPath, 'dist', 'exporter.js')) as Exporter;
}
