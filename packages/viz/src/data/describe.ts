import { label } from './label.js';

/** "N points were left out because they are not finite (or not positive on a log axis)." or "". */
export function droppedNote(n: number, what = 'points', log = false): string {
  if (n <= 0) return '';
  const why = log ? 'not finite or not positive on a log axis' : 'not finite';
  return ` ${n} ${n === 1 ? what.replace(/s$/, '') : what} left out: ${why}.`;
}

/** "from a to b" for an extent, or "no data". */
export function rangeText(ext: [number, number] | undefined): string {
  return ext ? `from ${label(ext[0])} to ${label(ext[1])}` : 'no data';
}

/** Joins the author's description with the generated summary. */
export function joinDesc(description: string | undefined, summary: string): string {
  const d = description?.trim();
  return d ? `${d}${/[.!?]$/.test(d) ? '' : '.'} ${summary}` : summary;
}
