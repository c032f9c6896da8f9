const FONT_URL = /url\((?:["']?)fonts\/(KaTeX_[A-Za-z0-9_-]+)\.woff2(?:["']?)\)/;

/**
 * KaTeX's stylesheet with each `@font-face` reduced to its woff2 source, whose URL is
 * `fontUrl(fileName)`: e.g. `fonts/KaTeX_Main-Regular.woff2` beside the CSS, or a `data:` URL
 * for a self-contained page. Throws when a face has no woff2 source, rather than ship
 * math that silently falls back to the wrong fonts.
 */
export function katexCssWithFonts(css: string, fontUrl: (fileName: string) => string): string {
  return css.replace(/src:([^;}]*)/g, (whole, list: string) => {
    if (!list.includes('KaTeX_')) return whole;
    const match = FONT_URL.exec(list);
    if (!match)
      throw new Error(`katexCssWithFonts: @font-face without a woff2 source: ${list.slice(0, 80)}`);
    return `src:url(${fontUrl(`${match[1]}.woff2`)}) format("woff2")`;
  });
}

/** The woff2 file names KaTeX's stylesheet refers to, e.g. `KaTeX_Main-Regular.woff2`. */
export function katexFontFiles(css: string): string[] {
  const names = [...css.matchAll(/fonts\/(KaTeX_[A-Za-z0-9_-]+)\.woff2/g)].map(
    (m) => `${m[1]}.woff2`,
  );
  return [...new Set(names)].sort();
}
