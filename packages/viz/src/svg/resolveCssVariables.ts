/**
 * Replaces every `var(--name, fallback)` in `text` by its fallback, innermost first, so a chart
 * can be drawn by renderers without CSS custom properties (resvg, image editors). A `var()`
 * without a fallback becomes `currentColor`.
 */
export function resolveCssVariables(text: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const start = text.indexOf('var(--', i);
    if (start < 0) return out + text.slice(i);
    out += text.slice(i, start);
    let depth = 0;
    let comma = -1;
    let end = start + 3;
    for (; end < text.length; end++) {
      const c = text[end];
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
      else if (c === ',' && depth === 1 && comma < 0) comma = end;
    }
    out += comma < 0 ? 'currentColor' : resolveCssVariables(text.slice(comma + 1, end).trim());
    i = end + 1;
  }
}
