import {
  type Experiment,
  type ExperimentResult,
  type ParamRecord,
  type ParamValue,
  validate,
} from '@dl8/experiments';
import { stackedSvg } from '../blocks/chartsSvg.js';
import type { WorkerSource } from './createWorker.js';
import { buildDataTables, resultCsv } from './dataTables.js';
import { type DownloadFile, saveFile, svgToPng } from './downloads.js';
import { FigureRunner } from './FigureRunner.js';
import { FigureView } from './FigureView.js';
import type { HydrateOptions } from './options.js';

/**
 * One live figure: its parameters, its runner and its view. Moving a control reruns the
 * experiment and redraws; a failed run keeps the last good chart and shows the error.
 */
export class HydratedFigure {
  readonly view: FigureView;
  private params: ParamRecord;
  private result: ExperimentResult | null = null;
  private readonly runner: FigureRunner;
  private readonly chartPrefix: string;
  private waiting: ((result: ExperimentResult | null) => void)[] = [];

  constructor(
    private readonly doc: Document,
    readonly figure: HTMLElement,
    readonly index: number,
    readonly experiment: Experiment,
    private readonly written: ParamRecord,
    private readonly seed: number,
    workerSource: WorkerSource | null,
    private readonly options: HydrateOptions,
  ) {
    this.params = { ...written };
    const base = /^[A-Za-z][\w-]*$/.test(figure.id) ? figure.id : `dl8-figure-${index + 1}`;
    this.chartPrefix = `${base}-`;
    this.view = new FigureView(
      doc,
      figure,
      experiment,
      `${base}-param`,
      this.params,
      (key, value) => this.change(key, value),
    );
    this.runner = new FigureRunner(experiment, seed, workerSource, {
      onStart: (_, where) => {
        figure.dataset['dl8Runner'] = where;
        this.view.setBusy(true, experiment.heavy ? 'Running…' : 'Updating…');
      },
      onProgress: (done, total) =>
        this.view.setBusy(true, `Running… ${Math.round((100 * done) / Math.max(1, total))}%`),
      onResult: (result) => this.accept(result),
      onError: (message) => this.fail(message),
    });
    this.wireActions();
    if (!figure.querySelector('.dl8-chart')) this.runner.request(this.params);
  }

  /** The figure's current parameters. */
  getParams(): ParamRecord {
    return { ...this.params };
  }

  /**
   * Sets parameters (validated against the schema; false when they do not validate) and reruns.
   * With `notify`, calls onParamsChange and dispatches a bubbling `dl8:params` event
   * (`detail: { figureIndex, id, params }`) on the figure.
   */
  setParams(params: Readonly<Record<string, unknown>>, notify = true): boolean {
    const checked = validate(this.experiment.params, params);
    if (!checked.ok) return false;
    this.params = checked.value as ParamRecord;
    this.view.showParams(this.params);
    this.runner.request(this.params);
    if (notify) {
      const detail = { figureIndex: this.index, id: this.experiment.id, params: this.getParams() };
      this.options.onParamsChange?.(detail.figureIndex, detail.id, detail.params);
      this.figure.dispatchEvent(new CustomEvent('dl8:params', { bubbles: true, detail }));
    }
    return true;
  }

  /** Resolves with the result on screen, running once if the page only has the pre-rendered SVG. */
  currentResult(): Promise<ExperimentResult | null> {
    if (this.result) return Promise.resolve(this.result);
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.runner.request(this.params);
    });
  }

  dispose(): void {
    this.runner.dispose();
    this.view.panel.remove();
    delete this.figure.dataset['dl8Hydrated'];
  }

  private change(key: string, value: ParamValue): void {
    this.setParams({ ...this.params, [key]: value });
  }

  private accept(result: ExperimentResult): void {
    this.result = result;
    try {
      this.view.drawCharts(result, this.chartPrefix);
      this.view.showError(null);
      this.view.showFinding(this.experiment.finding(result));
      this.view.setBusy(false, 'Updated.');
    } catch (error) {
      this.fail(error instanceof Error ? error.message : String(error));
    }
    if (!this.view.dataPanel.hidden) this.fillData();
    for (const resolve of this.waiting.splice(0)) resolve(result);
  }

  private fail(message: string): void {
    this.view.setBusy(false, 'The last run failed.');
    this.view.showError(message);
    for (const resolve of this.waiting.splice(0)) resolve(this.result);
  }

  private fillData(): void {
    if (this.result) this.view.dataPanel.replaceChildren(buildDataTables(this.doc, this.result));
  }

  private save(file: DownloadFile): void {
    if (this.options.onDownload) this.options.onDownload(file);
    else saveFile(this.doc, file);
  }

  private wireActions(): void {
    const { buttons } = this.view;
    const name = `${this.experiment.id}`;
    buttons.reset.addEventListener('click', () => this.setParams(this.written));
    buttons.data.addEventListener('click', async () => {
      const open = this.view.dataPanel.hidden;
      buttons.data.setAttribute('aria-expanded', String(open));
      buttons.data.textContent = open ? 'Hide data' : 'Show data';
      this.view.dataPanel.hidden = !open;
      if (open) {
        await this.currentResult();
        this.fillData();
      }
    });
    buttons.svg.addEventListener('click', async () => {
      const result = await this.currentResult();
      if (result)
        this.save({
          fileName: `${name}.svg`,
          mimeType: 'image/svg+xml',
          data: stackedSvg(result, this.chartPrefix),
        });
    });
    buttons.png.addEventListener('click', async () => {
      const result = await this.currentResult();
      if (!result) return;
      try {
        const png = await svgToPng(this.doc, stackedSvg(result, this.chartPrefix));
        this.save({ fileName: `${name}.png`, mimeType: 'image/png', data: png });
      } catch (error) {
        this.view.showError(error instanceof Error ? error.message : String(error));
      }
    });
    buttons.csv.addEventListener('click', async () => {
      const result = await this.currentResult();
      if (result)
        this.save({ fileName: `${name}.csv`, mimeType: 'text/csv', data: resultCsv(result) });
    });
    buttons.copy.addEventListener('click', () =>
      this.copy(this.view.blockText(this.params, this.seed)),
    );
  }

  private copy(text: string): void {
    if (this.options.onCopy) {
      this.options.onCopy(text);
      this.view.status.textContent = 'Block copied.';
      return;
    }
    const showText = () => {
      this.view.copyPanel.value = text;
      this.view.copyPanel.hidden = false;
      this.view.copyPanel.rows = text.split('\n').length;
      this.view.copyPanel.focus();
      this.view.copyPanel.select();
      this.view.status.textContent = 'Copy the selected block text (Ctrl+C).';
    };
    const clipboard = this.doc.defaultView?.navigator.clipboard;
    if (!clipboard) {
      showText();
      return;
    }
    clipboard.writeText(text).then(() => {
      this.view.copyPanel.value = text;
      this.view.status.textContent = 'Block copied to the clipboard.';
    }, showText);
  }
}
