import { parseHostMessage, type WebviewToHost } from '../shared/protocol.js';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('dl8-root')!;

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseHostMessage(event.data);
  if (!message) return;
  root.innerHTML = '<h1>Chapter 8.7</h1>';
  vscode.postMessage({ type: 'rendered', figures: 0 });
});
vscode.postMessage({ type: 'ready' });
