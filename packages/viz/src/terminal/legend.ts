import { ANSI_PALETTE, paint, SERIES_SYMBOLS } from './ansi.js';

/** Palette colour for series i. */
export function ansiSeries(i: number): number {
  return ANSI_PALETTE[((i % ANSI_PALETTE.length) + ANSI_PALETTE.length) % ANSI_PALETTE.length]!;
}

/** A one-line legend "━ a  ━ b" (symbols instead of colour when colour is off), wrapped to width. */
export function legendLines(
  names: readonly string[],
  width: number,
  color: boolean,
  colorIndex?: (i: number) => number,
  glyph?: (i: number) => string,
): string[] {
  if (names.length === 0) return [];
  const items = names.map((n, i) => {
    const k = colorIndex ? colorIndex(i) : i;
    const g = glyph ? glyph(i) : color ? '━━' : `${SERIES_SYMBOLS[i % SERIES_SYMBOLS.length]}`;
    return {
      text: `${paint(g, ansiSeries(k), color)} ${n}`,
      len: [...g].length + 1 + [...n].length,
    };
  });
  const lines: string[] = [];
  let cur = '';
  let len = 0;
  for (const it of items) {
    if (len && len + 3 + it.len > width) {
      lines.push(cur);
      cur = '';
      len = 0;
    }
    cur += (len ? '   ' : '') + it.text;
    len += (len ? 3 : 0) + it.len;
  }
  lines.push(cur);
  return lines;
}
