import { defaults, type Experiment, formatBlock, type ParamRecord } from '@dl8/experiments';
import type { Catalog } from '../shared/catalog.js';

/** The fields of a chapter section the catalog needs (a NoteSection of @dl8/notes). */
export interface SectionSource {
  id: string;
  section: string;
  title: string;
}

/**
 * The catalog of sections and experiments the host lists without loading either package.
 * Section anchors are the ids renderChapter gives its `<section>` elements.
 */
export function makeCatalog(
  sections: readonly SectionSource[],
  experiments: readonly Experiment[],
): Catalog {
  return {
    sections: sections.map((s) => ({
      id: s.id,
      section: s.section,
      title: s.title,
      anchor: `section-${s.id}`,
    })),
    experiments: experiments.map((e) => ({
      id: e.id,
      title: e.title,
      section: e.section,
      summary: e.summary,
      block: formatBlock(e.id, defaults(e.params) as ParamRecord),
    })),
  };
}
