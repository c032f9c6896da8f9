/** One section of the chapter notes, as the outline and the tree view list it. */
export interface CatalogSection {
  id: string;
  /** Book section number, e.g. "8.7.1". */
  section: string;
  title: string;
  /** Element id of the section in the rendered chapter. */
  anchor: string;
}

/** One experiment, as the quick pick and the tree view list it. */
export interface CatalogExperiment {
  id: string;
  title: string;
  section: string;
  summary: string;
  /** Its ```dl8 block with every parameter at its default. */
  block: string;
}

/**
 * What the host knows about the chapter and the experiments without loading them: written to
 * dist/catalog.json at build time, so the host bundle stays small.
 */
export interface Catalog {
  sections: CatalogSection[];
  experiments: CatalogExperiment[];
}
