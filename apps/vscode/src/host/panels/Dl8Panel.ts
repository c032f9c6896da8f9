import * as vscode from 'vscode';
import {
  type DocContent,
  type DocRef,
  type HostToWebview,
  parseWebviewMessage,
} from '../../shared/protocol.js';
import { debounce } from '../debounce.js';
import { createNonce } from '../nonce.js';
import { readSettings } from '../readSettings.js';
import { saveDownload } from '../saveDownload.js';
import { buildWebviewHtml } from '../webviewHtml.js';
import { docKey, panelTitle, viewTypes } from './docKey.js';

/** Milliseconds of quiet typing before a markdown preview re-renders. */
const PREVIEW_DEBOUNCE_MS = 300;

/** Where a new panel opens and whether it takes focus. */
export interface ShowOptions {
  column?: vscode.ViewColumn;
  preserveFocus?: boolean;
  /** An element id to scroll to once rendered. */
  anchor?: string;
}

/**
 * A webview panel showing one dl8 document (the chapter, one experiment, or a markdown file
 * previewed live). The webview renders and hydrates; the host says what and with which settings.
 */
export class Dl8Panel {
  private static readonly open = new Map<string, Dl8Panel>();
  /** Looks up an experiment's title for its tab (set by `activate` from the catalog). */
  static experimentTitle: ((id: string) => string | undefined) | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private pendingAnchor: string | undefined;
  /** The page has said hello since the last time its HTML was set. */
  private loaded = false;
  private loadTimer: ReturnType<typeof setTimeout> | undefined;

  /** Shows the panel of `doc`, creating it when it is not open yet. */
  static show(extensionUri: vscode.Uri, doc: DocRef, options: ShowOptions = {}): Dl8Panel {
    const existing = Dl8Panel.open.get(docKey(doc));
    if (existing) {
      existing.panel.reveal(options.column, options.preserveFocus);
      if (options.anchor) existing.reveal(options.anchor);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      viewTypes[doc.kind],
      'DL8',
      {
        viewColumn: options.column ?? vscode.ViewColumn.Active,
        preserveFocus: options.preserveFocus,
      },
      Dl8Panel.webviewOptions(extensionUri),
    );
    const created = new Dl8Panel(panel, extensionUri, doc);
    created.pendingAnchor = options.anchor;
    return created;
  }

  /** Brings back a panel VS Code restored after a reload (see the serializers). */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, doc: DocRef): Dl8Panel {
    panel.webview.options = Dl8Panel.webviewOptions(extensionUri);
    return new Dl8Panel(panel, extensionUri, doc);
  }

  /** Re-renders every open panel, e.g. after the `dl8.*` settings changed. */
  static refreshAll(): void {
    for (const panel of Dl8Panel.open.values()) void panel.update();
  }

  /** The panel showing the chapter, when one is open. */
  static chapter(): Dl8Panel | undefined {
    return Dl8Panel.open.get('chapter');
  }

  private static webviewOptions(
    extensionUri: vscode.Uri,
  ): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    // Only the built media folder is readable: not the extension folder, not the workspace.
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
    };
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly doc: DocRef,
  ) {
    Dl8Panel.open.set(docKey(doc), this);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'dl8.svg');
    panel.title = this.title();
    panel.webview.html = this.html();
    panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    panel.webview.onDidReceiveMessage((raw) => this.receive(raw), undefined, this.disposables);
    panel.onDidChangeViewState(() => this.watchLoad(), undefined, this.disposables);
    if (doc.kind === 'markdown') this.followDocument(doc.uri);
  }

  /**
   * A panel restored as a background tab has been seen (in code-server) to stop loading its
   * page when first shown; if its page has not said hello 5 s after becoming visible, load
   * it again.
   */
  private watchLoad(): void {
    if (this.loaded || !this.panel.visible || this.loadTimer) return;
    this.loadTimer = setTimeout(() => {
      this.loadTimer = undefined;
      if (this.loaded || !this.panel.visible) return;
      console.log(`[dl8] ${docKey(this.doc)} webview did not load; loading it again`);
      this.panel.webview.html = this.html();
    }, 5_000);
  }

  private followDocument(uri: string): void {
    const rerender = debounce(() => void this.update(), PREVIEW_DEBOUNCE_MS);
    this.disposables.push(
      { dispose: () => rerender.cancel() },
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() === uri) rerender();
      }),
    );
  }

  private receive(raw: unknown): void {
    const message = parseWebviewMessage(raw);
    if (!message) {
      console.warn('[dl8] dropped a malformed message from a webview');
      return;
    }
    switch (message.type) {
      case 'ready':
        this.loaded = true;
        console.log(`[dl8] ${docKey(this.doc)} webview ready`);
        void this.update();
        return;
      case 'rendered':
        console.log(
          `[dl8] rendered ${message.kind}: ${message.figures} figures, ${message.issues} issues, ${Math.round(message.ms)} ms`,
        );
        if (this.pendingAnchor) {
          this.post({ type: 'reveal', anchor: this.pendingAnchor });
          this.pendingAnchor = undefined;
        }
        return;
      case 'error':
        void vscode.window.showErrorMessage(`DL8: ${message.message}`);
        return;
      case 'copy':
        void vscode.env.clipboard
          .writeText(message.text)
          .then(() =>
            vscode.window.showInformationMessage('DL8: copied the block to the clipboard.'),
          );
        return;
      case 'download':
        void saveDownload(message);
        return;
    }
  }

  /** Scrolls the rendered document to the element with this id. */
  reveal(anchor: string): void {
    this.post({ type: 'reveal', anchor });
  }

  private async content(): Promise<DocContent> {
    if (this.doc.kind !== 'markdown') return this.doc;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(this.doc.uri));
    return {
      kind: 'markdown',
      uri: this.doc.uri,
      title: this.title(),
      markdown: document.getText(),
    };
  }

  private async update(): Promise<void> {
    try {
      this.post({ type: 'render', doc: await this.content(), settings: readSettings() });
    } catch (error) {
      void vscode.window.showErrorMessage(`DL8: cannot read ${this.title()}: ${String(error)}`);
    }
  }

  private post(message: HostToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private title(): string {
    return panelTitle(this.doc, Dl8Panel.experimentTitle);
  }

  private html(): string {
    const webview = this.panel.webview;
    const media = (path: string) =>
      webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', path)).toString();
    return buildWebviewHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      title: this.title(),
      styles: [media('notes/katex/katex.min.css'), media('notes/notes.css'), media('webview.css')],
      scripts: [media('webview.js')],
      body: '<div id="dl8-app" class="dl8-app"><p class="dl8-loading">Rendering…</p></div>',
      workerUrl: media('notes/worker.js'),
    });
  }

  /** Closes the panel and releases every listener it registered. */
  dispose(): void {
    clearTimeout(this.loadTimer);
    if (Dl8Panel.open.get(docKey(this.doc)) === this) Dl8Panel.open.delete(docKey(this.doc));
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
