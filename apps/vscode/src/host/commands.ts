import * as vscode from 'vscode';
import type { Catalog } from '../shared/catalog.js';
import { blockInsertion } from './blockInsertion.js';
import { experimentPickItems } from './experimentPickItems.js';
import { loadExporter } from './exporter.js';
import { Dl8Panel } from './panels/Dl8Panel.js';
import { readSettings } from './readSettings.js';

/** Asks for an experiment in a quick pick (title, section, summary); undefined when dismissed. */
async function pickExperiment(catalog: Catalog, placeHolder: string): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(experimentPickItems(catalog), {
    placeHolder,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.experimentId;
}

/** The chapter, or the active Markdown file when there is one and the user picks it. */
async function pickExportSource(): Promise<{ document?: vscode.TextDocument } | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId !== 'markdown') return {};
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'The chapter notes', description: 'Deep Learning 8.7', document: undefined },
      { label: `This file`, description: vscode.workspace.asRelativePath(document.uri), document },
    ],
    { placeHolder: 'Export which notes as HTML?' },
  );
  return picked && { document: picked.document };
}

/** Registers every `dl8.*` command. */
export function registerCommands(context: vscode.ExtensionContext, catalog: () => Catalog): void {
  const { extensionUri } = context;
  const register = (id: string, fn: (...args: never[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  register('dl8.openChapterNotes', () => Dl8Panel.show(extensionUri, { kind: 'chapter' }));

  register('dl8.revealSection', (anchor?: string) =>
    Dl8Panel.show(
      extensionUri,
      { kind: 'chapter' },
      { anchor: typeof anchor === 'string' ? anchor : undefined },
    ),
  );

  register('dl8.openExperiment', async (id?: string) => {
    const experimentId =
      typeof id === 'string' ? id : await pickExperiment(catalog(), 'Open which experiment?');
    if (experimentId) Dl8Panel.show(extensionUri, { kind: 'experiment', experimentId });
  });

  register('dl8.previewNotes', (uri?: vscode.Uri) => {
    const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    const document = vscode.window.activeTextEditor?.document;
    if (!target || (!(uri instanceof vscode.Uri) && document?.languageId !== 'markdown')) {
      void vscode.window.showWarningMessage(
        'DL8: open a Markdown file to preview it with experiments.',
      );
      return;
    }
    Dl8Panel.show(
      extensionUri,
      { kind: 'markdown', uri: target.toString() },
      { column: vscode.ViewColumn.Beside, preserveFocus: true },
    );
  });

  register('dl8.insertExperimentBlock', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showWarningMessage(
        'DL8: open a Markdown file to insert an experiment block.',
      );
      return;
    }
    const id = await pickExperiment(catalog(), 'Insert which experiment?');
    const experiment = catalog().experiments.find((e) => e.id === id);
    if (!experiment) return;
    const cursor = editor.selection.active;
    const line = editor.document.lineAt(cursor.line).text;
    await editor.edit((edit) =>
      edit.insert(cursor, blockInsertion(line, cursor.character, experiment.block)),
    );
  });

  register('dl8.exportHtml', async () => {
    const source = await pickExportSource();
    if (!source) return;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = source.document
      ? `${source.document.uri.path
          .split('/')
          .pop()
          ?.replace(/\.\w+$/, '')}.html`
      : 'dl8-chapter-8.7.html';
    const target = await vscode.window.showSaveDialog({
      title: 'Export as a standalone HTML page',
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: { HTML: ['html'] },
    });
    if (!target) return;
    if (target.scheme !== 'file') {
      void vscode.window.showErrorMessage(
        'DL8: the export is written to a local file; pick a folder on this machine.',
      );
      return;
    }
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'DL8: exporting…' },
      () =>
        loadExporter(context.extensionPath).exportNotes({
          file: target.fsPath,
          assetsDir: vscode.Uri.joinPath(extensionUri, 'media', 'notes').fsPath,
          settings: readSettings(),
          ...(source.document
            ? {
                markdown: source.document.getText(),
                title: source.document.uri.path.split('/').pop(),
              }
            : {}),
        }),
    );
    const issues = summary.issues ? ` (${summary.issues} blocks or formulas shown as errors)` : '';
    const choice = await vscode.window.showInformationMessage(
      `DL8: wrote ${vscode.workspace.asRelativePath(target)}, ${Math.round(summary.bytes / 1024)} KB${issues}.`,
      'Open in Browser',
    );
    if (choice) await vscode.env.openExternal(target);
  });
}
