import type { TocEntry } from '@dl8/notes';

/**
 * The outline beside the document: a link per heading (levels 1-2), indented by level.
 * Built with DOM calls, so heading text is never parsed as HTML.
 */
export function buildOutline(doc: Document, toc: readonly TocEntry[]): HTMLElement {
  const nav = doc.createElement('nav');
  nav.className = 'dl8-outline';
  nav.setAttribute('aria-label', 'Outline');
  const list = doc.createElement('ol');
  for (const entry of toc.filter((e) => e.level <= 2)) {
    const item = doc.createElement('li');
    item.className = `dl8-outline-level-${entry.level}`;
    const link = doc.createElement('a');
    link.href = `#${entry.id}`;
    link.textContent = entry.text;
    link.dataset.anchor = entry.id;
    item.append(link);
    list.append(item);
  }
  nav.append(list);
  return nav;
}

/** Scrolls to the element with this id; false when there is none. */
export function scrollToAnchor(doc: Document, anchor: string): boolean {
  const target = doc.getElementById(anchor);
  if (!target) return false;
  target.scrollIntoView({ block: 'start' });
  return true;
}
