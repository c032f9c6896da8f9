import type { Catalog, CatalogExperiment, CatalogSection } from '../shared/catalog.js';

/** A node of the activity-bar tree: a section with its experiments, or an experiment. */
export type TreeNode =
  | { kind: 'section'; section: CatalogSection; children: TreeNode[] }
  | { kind: 'experiment'; experiment: CatalogExperiment };

/**
 * The tree of the chapter: each section holds the experiments of its book section; an
 * experiment whose section has no notes of its own goes under the closest enclosing section
 * (8.7.1.2 under 8.7.1) or the section whose title starts with its range ("8.3–8.5 Recap"),
 * else at the end of the top level.
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

// Section ranges are written with a hyphen or an en dash ("8.3-8.5", "8.3–8.5").
const normalize = (section: string) => section.replace(/[\u2013\u2014]/g, '-');

function closestSection(roots: TreeNode[], section: string): TreeNode | undefined {
  for (let parts = normalize(section).split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
    const wanted = parts.join('.');
    const found = roots.find(
      (r) => r.kind === 'section' && normalize(r.section.section) === wanted,
    );
    if (found) return found;
  }
  // A section whose number did not parse (a range like "8.3–8.5") still carries it in its title.
  const prefix = `${normalize(section)} `;
  return roots.find((r) => r.kind === 'section' && normalize(r.section.title).startsWith(prefix));
}
