/**
 * Theme hooks. Colours come from CSS custom properties so a chart inlined in a VS Code webview
 * follows the editor theme; the fallbacks make it readable on a plain white page.
 */
export const FG = 'var(--dl8-fg, var(--vscode-editor-foreground, #222))';
/** Background painted behind every chart. */
export const BG = 'var(--dl8-bg, var(--vscode-editor-background, #fff))';
/** Font stack for all text. */
export const FONT =
  'var(--dl8-font, var(--vscode-font-family, system-ui, -apple-system, Segoe UI, sans-serif))';

/** Paul Tol's "bright" scheme: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = [
  '#4477AA',
  '#EE6677',
  '#228833',
  '#CCBB44',
  '#66CCEE',
  '#AA3377',
  '#BBBBBB',
];

/** The CSS colour of series i, overridable with --dl8-series-i. */
export function seriesColor(i: number): string {
  const k = ((i % PALETTE.length) + PALETTE.length) % PALETTE.length;
  return `var(--dl8-series-${k}, ${PALETTE[k]})`;
}

/** Dash patterns cycled after the palette, so series stay distinct when colours repeat or print grey. */
export function seriesDash(i: number): string | undefined {
  const d = ['', '6 3', '2 2', '8 3 2 3'][Math.floor(i / PALETTE.length) % 4];
  return d || undefined;
}

/** Viridis control points (perceptually uniform, colour-blind safe) for sequential fills. */
export const VIRIDIS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];
/** Blue–white–red control points (ColorBrewer RdBu) for diverging fills. */
export const DIVERGING = ['#2166ac', '#67a9cf', '#f7f7f7', '#ef8a62', '#b2182b'];

/** Text halo in the background colour, keeping labels readable over lines and fills. */
export const HALO = `paint-order:stroke;stroke:${BG};stroke-width:3px;stroke-linejoin:round`;
