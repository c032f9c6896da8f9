import * as vscode from 'vscode';
import type { WebviewToHost } from '../shared/protocol.js';

type Download = Extract<WebviewToHost, { type: 'download' }>;

/** Saves a figure's download (SVG, PNG, CSV) where the user chooses. */
export async function saveDownload(file: Download): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const extension = file.fileName.split('.').pop() ?? '';
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, file.fileName) : undefined,
    filters: extension ? { [extension.toUpperCase()]: [extension] } : undefined,
  });
  if (!target) return;
  const bytes =
    file.encoding === 'base64'
      ? Buffer.from(file.data, 'base64')
      : new TextEncoder().encode(file.data);
  await vscode.workspace.fs.writeFile(target, bytes);
}
