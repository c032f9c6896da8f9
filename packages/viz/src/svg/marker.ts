import { fmt } from '../data/fmt.js';
import type { MarkerShape } from '../spec/line.js';
import { el } from './el.js';

/** A point marker of the given shape centred at (x, y), filled with `color`. */
export function marker(shape: MarkerShape, x: number, y: number, color: string, r = 3.5): string {
  const style = `fill:${color}`;
  switch (shape) {
    case 'circle':
      return el('circle', { cx: x, cy: y, r, style });
    case 'square':
      return el('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, style });
    case 'triangle':
      return el('path', {
        d: `M${fmt(x)},${fmt(y - r * 1.2)}l${fmt(r)},${fmt(r * 2)}h${fmt(-2 * r)}z`,
        style,
      });
    default:
      return '';
  }
}
