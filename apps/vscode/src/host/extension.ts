import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { parseWebviewState } from '../shared/state.js';
import { ChapterTreeProvider } from './ChapterTreeProvider.js';
import { registerCommands } from './commands.js';
import { loadCatalog } from './loadCatalog.js';
import { dl8MarkdownItPlugin, type MarkdownItLike } from './markdownItPlugin.js';
import { Dl8Panel } from './panels/Dl8Panel.js';
import { viewTypes } from './panels/docKey.js';
import { readSettings } from './readSettings.js';

// Taken when the bundle is evaluated, so the logged time covers loading it and activate().
const loadedAt = performance.now();

/**
 * Entry point. Activation is lazy (a dl8 command or view, a restored dl8 panel, or VS Code's
 * Markdown preview asking for plugins); returns the Markdown preview's markdown-it hook.
 */
export function activate(context: vscode.ExtensionContext): {
  extendMarkdownIt(md: MarkdownItLike): MarkdownItLike;
} {
  const activateStart = performance.now();
  const catalog = () => loadCatalog(context.extensionPath);
  Dl8Panel.experimentTitle = (id) => catalog().experiments.find((e) => e.id === id)?.title;
  registerCommands(context, catalog);

  for (const viewType of Object.values(viewTypes)) {
    context.subscriptions.push(
      vscode.window.registerWebviewPanelSerializer(viewType, {
        async deserializeWebviewPanel(panel, state) {
          const restored = parseWebviewState(state);
          console.log(
            restored
              ? `[dl8] restoring ${viewType}, first figure ${JSON.stringify(restored.figures[0] ?? null)}`
              : `[dl8] closing a restored ${viewType}: no usable state`,
          );
          if (restored) Dl8Panel.revive(panel, context.extensionUri, restored.doc);
          else panel.dispose();
        },
      }),
    );
  }

  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('dl8.chapter', new ChapterTreeProvider(catalog)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('dl8')) {
        Dl8Panel.refreshAll();
        void vscode.commands.executeCommand('markdown.preview.refresh');
      }
    }),
  );

  const now = performance.now();
  console.log(
    `[dl8] activated in ${(now - activateStart).toFixed(1)} ms (activate()), ${(now - loadedAt).toFixed(1)} ms since the bundle was evaluated`,
  );
  return {
    extendMarkdownIt(md) {
      dl8MarkdownItPlugin(md, readSettings);
      return md;
    },
  };
}

/** Nothing to release beyond `context.subscriptions`, which VS Code disposes. */
export function deactivate(): void {}
