import { scaleLinear } from 'd3-scale';

/** Maps t in [0, 1] to a hex colour interpolated through the given control points. */
export function ramp(stops: readonly string[]): (t: number) => string {
  const s = scaleLinear<string>()
    .domain(stops.map((_, i) => i / (stops.length - 1)))
    .range([...stops])
    .clamp(true);
  return (t) => toHex(s(Number.isFinite(t) ? t : 0));
}

function toHex(rgb: string): string {
  const m = rgb.match(/\d+/g);
  if (!m || rgb.startsWith('#')) return rgb;
  return `#${m
    .slice(0, 3)
    .map((v) => Number(v).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** Black or white, whichever reads better on the given hex background (WCAG relative luminance). */
export function textOn(hex: string): string {
  const c = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const lum = 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  return lum > 0.179 ? '#111' : '#fff';
}
