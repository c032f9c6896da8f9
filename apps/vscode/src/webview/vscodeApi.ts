import type { WebviewToHost } from '../shared/protocol.js';

/** The API VS Code gives a webview (once per page). */
export interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** The webview's VS Code API; acquired once, as VS Code requires. */
export const vscodeApi: VsCodeApi = acquireVsCodeApi();
