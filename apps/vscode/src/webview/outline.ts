import type { TocEntry } from '@dl8/notes';

/**
 * A heading's text as the reader sees it: math as typeset (KaTeX's hidden MathML and the
 * anchor link left out), so "$\\gamma$ and $\\beta$" reads "γ and β", not TeX source.
 */
function visibleText(heading: Element | null): string | undefined {
  if (!heading) return undefined;
  const copy = heading.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.katex-mathml, .dl8-anchor')) hidden.remove();
  const text = copy.textContent?.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/**
 * The outline beside the document: a link per heading (levels 1-2), indented by level, named
 * by the rendered heading in `content`. Built with DOM calls, so no text is parsed as HTML.
 */
export function buildOutline(
  doc: Document,
  toc: readonly TocEntry[],
  content: ParentNode,
): HTMLElement {
  const nav = doc.createElement('nav');
  nav.className = 'dl8-outline';
  nav.setAttribute('aria-label', 'Outline');
  const list = doc.createElement('ol');
  for (const entry of toc.filter((e) => e.level <= 2)) {
    const item = doc.createElement('li');
    item.className = `dl8-outline-level-${entry.level}`;
    const link = doc.createElement('a');
    link.href = `#${entry.id}`;
    link.textContent =
      visibleText(content.querySelector(`[id="${CSS.escape(entry.id)}"]`)) ?? entry.text;
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
