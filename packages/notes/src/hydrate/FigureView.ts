import {
  type Experiment,
  type ExperimentResult,
  formatBlock,
  type ParamRecord,
  type ParamValue,
} from '@dl8/experiments';
import { chartSvg } from '../blocks/chartsSvg.js';
import { buildControl, type Control } from './buildControl.js';

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * The DOM of one hydrated figure: the controls built from the schema, the action buttons, a
 * status line, the chart area and the data panel. It draws what it is given and reports what
 * the reader does; HydratedFigure decides when to run.
 */
export class FigureView {
  readonly controls: Control[] = [];
  readonly buttons: Record<'reset' | 'data' | 'svg' | 'png' | 'csv' | 'copy', HTMLButtonElement>;
  readonly status: HTMLElement;
  readonly error: HTMLElement;
  readonly dataPanel: HTMLElement;
  readonly copyPanel: HTMLTextAreaElement;
  readonly panel: HTMLElement;
  private readonly charts: HTMLElement;

  constructor(
    private readonly doc: Document,
    readonly figure: HTMLElement,
    readonly experiment: Experiment,
    readonly idBase: string,
    params: ParamRecord,
    onInput: (key: string, value: ParamValue) => void,
  ) {
    this.charts =
      figure.querySelector<HTMLElement>('.dl8-charts') ??
      figure.insertBefore(element(doc, 'div', 'dl8-charts'), figure.firstChild);
    this.panel = element(doc, 'div', 'dl8-panel');
    const fieldset = element(doc, 'fieldset', 'dl8-controls');
    fieldset.append(element(doc, 'legend', 'dl8-legend', 'Parameters'));
    for (const [key, spec] of Object.entries(experiment.params)) {
      const control = buildControl(doc, key, spec, params[key]!, idBase, (value) =>
        onInput(key, value),
      );
      this.controls.push(control);
      fieldset.append(control.element);
    }
    const actions = element(doc, 'div', 'dl8-actions');
    actions.setAttribute('role', 'group');
    actions.setAttribute('aria-label', `Actions for ${experiment.title}`);
    const button = (action: string, text: string) => {
      const b = element(doc, 'button', `dl8-button dl8-action-${action}`, text);
      b.type = 'button';
      b.dataset['dl8Action'] = action;
      actions.append(b);
      return b;
    };
    this.buttons = {
      reset: button('reset', 'Reset'),
      data: button('data', 'Show data'),
      svg: button('svg', 'SVG'),
      png: button('png', 'PNG'),
      csv: button('csv', 'CSV'),
      copy: button('copy', 'Copy block'),
    };
    for (const kind of ['svg', 'png', 'csv'] as const) {
      this.buttons[kind].setAttribute('aria-label', `Download ${kind.toUpperCase()}`);
      this.buttons[kind].title = `Download the figure as ${kind.toUpperCase()}`;
    }
    this.buttons.copy.title = 'Copy the dl8 block with the current parameters';
    this.status = element(doc, 'p', 'dl8-status');
    this.status.setAttribute('role', 'status');
    this.error = element(doc, 'p', 'dl8-run-error');
    this.error.setAttribute('role', 'alert');
    this.error.hidden = true;
    this.dataPanel = element(doc, 'div', 'dl8-data');
    this.dataPanel.id = `${idBase}-data`;
    this.dataPanel.hidden = true;
    this.buttons.data.setAttribute('aria-expanded', 'false');
    this.buttons.data.setAttribute('aria-controls', this.dataPanel.id);
    this.copyPanel = element(doc, 'textarea', 'dl8-copy-text');
    this.copyPanel.readOnly = true;
    this.copyPanel.hidden = true;
    this.copyPanel.setAttribute('aria-label', 'The dl8 block with the current parameters');
    fieldset.hidden = this.controls.length === 0; // an experiment without parameters has no controls
    this.panel.append(fieldset, actions, this.status, this.error, this.copyPanel, this.dataPanel);
    const caption = figure.querySelector('figcaption');
    figure.insertBefore(this.panel, caption);
  }

  /** Shows `params` in the controls without reporting changes. */
  showParams(params: ParamRecord): void {
    for (const control of this.controls) control.set(params[control.key]!);
  }

  /** Replaces the charts with those of `result`. */
  drawCharts(result: ExperimentResult, idPrefix: string): void {
    const holders = result.charts.map((_, k) => {
      const holder = element(this.doc, 'div', 'dl8-chart');
      holder.innerHTML = chartSvg(result, k, idPrefix); // SVG built by @dl8/viz, which escapes every text it draws
      return holder;
    });
    this.charts.replaceChildren(...holders);
    this.figure.dataset['dl8Drawn'] = String(Number(this.figure.dataset['dl8Drawn'] ?? '0') + 1);
  }

  /** Puts the finding of the result on screen into the caption. */
  showFinding(text: string): void {
    const caption = this.figure.querySelector('figcaption');
    let finding = caption?.querySelector<HTMLElement>('.dl8-finding');
    if (caption && !finding) {
      finding = element(this.doc, 'span', 'dl8-finding');
      caption.querySelector('.dl8-figure-meta')?.before(finding);
    }
    if (finding) finding.textContent = text;
  }

  setBusy(busy: boolean, text: string): void {
    this.figure.classList.toggle('dl8-busy', busy);
    this.charts.setAttribute('aria-busy', String(busy));
    this.status.textContent = text;
  }

  showError(message: string | null): void {
    this.error.hidden = message === null;
    this.error.textContent =
      message === null
        ? ''
        : `The last run failed, the chart shows the previous result: ${message}`;
    this.figure.classList.toggle('dl8-failed', message !== null);
  }

  /** The block text for these parameters (with a seed line when the seed is not the default 1). */
  blockText(params: ParamRecord, seed: number): string {
    const text = formatBlock(this.experiment.id, params);
    return seed === 1 ? text : text.replace(/\n```\n$/, `\nseed: ${seed}\n\`\`\`\n`);
  }
}
