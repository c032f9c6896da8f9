import * as vscode from 'vscode';
import type { RenderSettings } from '../shared/protocol.js';
import { normalizeSettings } from './normalizeSettings.js';

/** The current `dl8.*` settings, normalized. */
export function readSettings(): RenderSettings {
  const config = vscode.workspace.getConfiguration('dl8');
  return normalizeSettings({
    seed: config.get('seed'),
    numberEquations: config.get('numberEquations'),
  });
}
