import { getExperiment, type ParamRecord, validate } from '@dl8/experiments';
import type { WorkerSource } from './createWorker.js';
import { HydratedFigure } from './HydratedFigure.js';
import type { FigureState, HydrateOptions } from './options.js';

/** What hydrate() returns: the live figures, their state, and a way to undo it all. */
export interface Hydration {
  figures: readonly HydratedFigure[];
  /** Parameters of every live figure, by figure index (for a webview's setState). */
  getState(): Record<number, FigureState>;
  /** Removes the controls, stops every run and worker. */
  dispose(): void;
}

function workerFrom(root: ParentNode, option: HydrateOptions['worker']): WorkerSource | null {
  if (option === false) return null;
  if (option) return option;
  const doc = root instanceof Document ? root : (root as Node).ownerDocument;
  const source = doc?.getElementById('dl8-worker-source')?.textContent;
  return source ? { source } : null;
}

function readParams(figure: HTMLElement): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(figure.dataset['dl8Params'] ?? '{}');
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * Makes every `<figure data-dl8-experiment>` under `root` live: controls built from the
 * experiment's schema, reruns on change (heavy experiments in a Web Worker), redraws with
 * @dl8/viz, plus data table, downloads, reset and copy-block. Figures already hydrated, or
 * whose experiment or parameters are unknown, are left as they are.
 */
export function hydrate(root: ParentNode, options: HydrateOptions = {}): Hydration {
  const worker = workerFrom(root, options.worker);
  const figures: HydratedFigure[] = [];
  for (const figure of root.querySelectorAll<HTMLElement>('figure[data-dl8-experiment]')) {
    if (figure.dataset['dl8Hydrated'] === 'true') continue;
    let experiment: ReturnType<typeof getExperiment>;
    try {
      experiment = getExperiment(figure.dataset['dl8Experiment'] ?? '');
    } catch {
      continue;
    }
    const written = validate(experiment.params, readParams(figure) ?? {});
    if (!written.ok) continue;
    const index = Number(figure.dataset['dl8Index'] ?? figures.length);
    const seed = Number(figure.dataset['dl8Seed'] ?? 1);
    const live = new HydratedFigure(
      figure.ownerDocument,
      figure,
      index,
      experiment,
      written.value as ParamRecord,
      Number.isFinite(seed) ? seed : 1,
      worker,
      options,
    );
    figure.dataset['dl8Hydrated'] = 'true';
    const saved = options.initialParams?.[index];
    if (saved && saved.id === experiment.id) live.setParams(saved.params, false);
    figures.push(live);
  }
  return {
    figures,
    getState: () =>
      Object.fromEntries(
        figures.map((f) => [f.index, { id: f.experiment.id, params: f.getParams() }]),
      ),
    dispose: () => {
      for (const f of figures) f.dispose();
    },
  };
}
