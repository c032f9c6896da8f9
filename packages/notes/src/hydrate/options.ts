import type { ParamRecord } from '@dl8/experiments';
import type { WorkerSource } from './createWorker.js';
import type { DownloadFile } from './downloads.js';

/** Saved state of one figure: which experiment, with which parameters. */
export interface FigureState {
  id: string;
  params: ParamRecord;
}

/** Options of hydrate(); every callback is optional. */
export interface HydrateOptions {
  /** State to restore, by figure index (data-dl8-index); used only when the id matches and the params validate. */
  initialParams?: Readonly<Record<number, FigureState>>;
  /** Called after the parameters of a figure change (a control moved, reset, setParams). */
  onParamsChange?(figureIndex: number, id: string, params: ParamRecord): void;
  /** Where heavy experiments run: a worker URL, the worker's source, or `false` for on the page.
   * Default: the text of `<script type="text/plain" id="dl8-worker-source">` if the page has one. */
  worker?: WorkerSource | false;
  /** Replaces the browser download (e.g. a webview asks its host to save the file). */
  onDownload?(file: DownloadFile): void;
  /** Replaces the clipboard write of "Copy block" (e.g. a webview asks its host). */
  onCopy?(text: string): void;
}
