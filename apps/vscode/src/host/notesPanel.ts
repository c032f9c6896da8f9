import * as vscode from 'vscode';
import { type HostToWebview, parseWebviewMessage } from '../shared/protocol.js';
import { createNonce } from './nonce.js';
import { buildWebviewHtml } from './webviewHtml.js';

/** The "DL8: Chapter Notes" webview panel: one at a time, revealed when asked again. */
export class NotesPanel {
  static readonly viewType = 'dl8.notes';
  private static current: NotesPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  /** Shows the panel, creating it on first use. */
  static createOrShow(extensionUri: vscode.Uri): NotesPanel {
    if (NotesPanel.current) {
      NotesPanel.current.panel.reveal();
      return NotesPanel.current;
    }
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(
      NotesPanel.viewType,
      'DL8: Chapter Notes',
      vscode.ViewColumn.Active,
      { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: false },
    );
    NotesPanel.current = new NotesPanel(panel, media);
    return NotesPanel.current;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly media: vscode.Uri,
  ) {
    this.render();
    panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    panel.webview.onDidReceiveMessage(
      (raw) => {
        const message = parseWebviewMessage(raw);
        if (!message) {
          console.warn('[dl8] ignored a malformed message from the webview');
          return;
        }
        console.log(`[dl8] webview message: ${JSON.stringify(message)}`);
        if (message.type === 'ready') this.post({ type: 'showChapter' });
      },
      undefined,
      this.disposables,
    );
  }

  private post(message: HostToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private render(): void {
    const webview = this.panel.webview;
    const uri = (path: string) =>
      webview.asWebviewUri(vscode.Uri.joinPath(this.media, path)).toString();
    webview.html = buildWebviewHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      title: 'DL8: Chapter Notes',
      styles: [uri('katex/katex.min.css'), uri('webview.css')],
      scripts: [uri('webview.js')],
      body: '<main id="dl8-root"></main>',
    });
  }

  /** Closes the panel and releases every listener it registered. */
  dispose(): void {
    NotesPanel.current = undefined;
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
