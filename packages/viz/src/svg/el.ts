import { esc, fmt } from '../data/fmt.js';

type AttrValue = string | number | undefined;

/** Builds an SVG element string; numbers are written at fixed precision, undefined attributes left out. */
export function el(tag: string, attrs: Record<string, AttrValue>, children = ''): string {
  let a = '';
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    a += ` ${k}="${typeof v === 'number' ? fmt(v) : esc(v)}"`;
  }
  return children ? `<${tag}${a}>${children}</${tag}>` : `<${tag}${a}/>`;
}

/** A text element with escaped content. */
export function text(attrs: Record<string, AttrValue>, content: string): string {
  return el('text', attrs, esc(content));
}

/** Rough width in pixels of a string at a font size (no DOM to measure with). */
export function textWidth(s: string, size: number): number {
  return s.length * size * 0.62;
}
