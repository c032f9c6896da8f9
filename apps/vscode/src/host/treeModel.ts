import type { Catalog, CatalogExperiment, CatalogSection } from '../shared/catalog.js';

/** A node of the activity-bar tree: a section with its experiments, or an experiment. */
export type TreeNode =
  | { kind: 'section'; section: CatalogSection; children: TreeNode[] }
  | { kind: 'experiment'; experiment: CatalogExperiment };

/**
 * The tree of the chapter: each section holds the experiments of its book section; an
 * experiment whose section has no notes of its own goes under the closest enclosing section
 * (8.7.1.2 under 8.7.1), else at the end of the top level.
 */
export function buildTree(catalog: Catalog): TreeNode[] {
  const roots: TreeNode[] = catalog.sections.map((section) => ({
    kind: 'section',
    section,
    children: [],
  }));
  const orphans: TreeNode[] = [];
  for (const experiment of catalog.experiments) {
    const home = closestSection(roots, experiment.section);
    const node: TreeNode = { kind: 'experiment', experiment };
    if (home?.kind === 'section') home.children.push(node);
    else orphans.push(node);
  }
  return [...roots, ...orphans];
}

function closestSection(roots: TreeNode[], section: string): TreeNode | undefined {
  for (let parts = section.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
    const wanted = parts.join('.');
    const found = roots.find((r) => r.kind === 'section' && r.section.section === wanted);
    if (found) return found;
  }
  return undefined;
}
