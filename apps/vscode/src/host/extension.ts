import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { NotesPanel } from './notesPanel.js';

// Taken when the bundle is evaluated, so the logged time covers loading and activate().
const loadedAt = performance.now();

/** Entry point: registers the dl8 commands. Activation is lazy (see package.json). */
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('dl8.openChapterNotes', () =>
      NotesPanel.createOrShow(context.extensionUri),
    ),
  );
  const ms = performance.now() - loadedAt;
  console.log(`[dl8] activated in ${ms.toFixed(1)} ms`);
}

export function deactivate(): void {}
