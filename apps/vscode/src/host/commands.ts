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
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      title: 'Export the DL8 chapter notes as HTML',
      defaultUri: folder ? vscode.Uri.joinPath(folder, 'dl8-chapter-8.7.html') : undefined,
      filters: { HTML: ['html'] },
    });
    if (!target) return;
    const html = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'DL8: exporting the notes…' },
      () =>
        loadExporter(context.extensionPath).exportChapter({
          settings: readSettings(),
          mediaDir: vscode.Uri.joinPath(extensionUri, 'media').fsPath,
        }),
    );
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(html));
    const choice = await vscode.window.showInformationMessage(
      `DL8: exported the notes to ${vscode.workspace.asRelativePath(target)}.`,
      'Open in Browser',
    );
    if (choice) await vscode.env.openExternal(target);
  });
}
