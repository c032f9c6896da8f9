import type { DocRef } from '../../shared/protocol.js';

/** The webview view type of each kind of document (one serializer each). */
export const viewTypes = {
  chapter: 'dl8.notes',
  experiment: 'dl8.experiment',
  markdown: 'dl8.preview',
} as const satisfies Record<DocRef['kind'], string>;

/** A key naming one open document: one panel per chapter, per experiment, per markdown file. */
export function docKey(doc: DocRef): string {
  switch (doc.kind) {
    case 'chapter':
      return 'chapter';
    case 'experiment':
      return `experiment:${doc.experimentId}`;
    case 'markdown':
      return `markdown:${doc.uri}`;
  }
}

/** The tab title of a document's panel; experiments are named by their catalog title. */
export function panelTitle(
  doc: DocRef,
  experimentTitle?: (id: string) => string | undefined,
): string {
  switch (doc.kind) {
    case 'chapter':
      return 'DL8: Chapter Notes';
    case 'experiment':
      return `DL8: ${experimentTitle?.(doc.experimentId) ?? doc.experimentId}`;
    case 'markdown':
      return `DL8 Preview: ${decodeURIComponent(doc.uri.split('/').pop() ?? doc.uri)}`;
  }
}
