import { fmt } from '../data/fmt.js';

/** An SVG path through pixel points: M x,y L x,y ... */
export function polyline(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${fmt(x)},${fmt(y)}`).join('');
}

/** A clip path element limiting drawing to a rectangle, with its id. */
export function clipRect(id: string, x: number, y: number, w: number, h: number): string {
  return `<clipPath id="${id}"><rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(Math.max(0, w))}" height="${fmt(Math.max(0, h))}"/></clipPath>`;
}
