/** xterm-256 approximations of the SVG palette (Paul Tol's bright scheme), in the same order. */
export const ANSI_PALETTE = [67, 204, 34, 179, 117, 132, 250];

/** Symbols that tell series apart when colour is off. */
export const SERIES_SYMBOLS = ['o', 'x', '+', '*', '#', '@', '%'];

/** Wraps text in a 256-colour foreground (and optional background) escape when `on`. */
export function paint(s: string, fg: number | undefined, on: boolean, bg?: number): string {
  if (!on || (fg === undefined && bg === undefined) || s === '') return s;
  const codes = [fg !== undefined ? `38;5;${fg}` : '', bg !== undefined ? `48;5;${bg}` : '']
    .filter(Boolean)
    .join(';');
  return `\x1b[${codes}m${s}\x1b[0m`;
}

/** Bold text when `on`. */
export function bold(s: string, on: boolean): string {
  return on ? `\x1b[1m${s}\x1b[0m` : s;
}

/** Nearest xterm-256 colour-cube index for a #rrggbb colour. */
export function ansiFromHex(hex: string): number {
  const q = (i: number) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16);
    return v < 48 ? 0 : v < 115 ? 1 : Math.min(5, Math.floor((v - 35) / 40));
  };
  return 16 + 36 * q(1) + 6 * q(3) + q(5);
}

/** Length of a string as shown in a terminal (escape codes removed; every code point one column). */
export function visibleLength(s: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point
  return [...s.replace(/\x1b\[[0-9;]*m/g, '')].length;
}

/** Pads a string on the right to a visible width. */
export function padVisible(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - visibleLength(s)));
}
