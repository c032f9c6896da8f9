import type { Catalog } from '../shared/catalog.js';

/** A quick-pick row for one experiment (structurally a `vscode.QuickPickItem`). */
export interface ExperimentPickItem {
  label: string;
  description: string;
  detail: string;
  experimentId: string;
}

/** One quick-pick row per experiment, in chapter order: title, section and id, then the summary. */
export function experimentPickItems(catalog: Catalog): ExperimentPickItem[] {
  return catalog.experiments.map((e) => ({
    label: e.title,
    description: `§${e.section} · ${e.id}`,
    detail: e.summary,
    experimentId: e.id,
  }));
}
