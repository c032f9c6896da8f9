/** Formats a coordinate at fixed precision (2 decimals, no trailing zeros, no -0); throws on NaN. */
export function fmt(v: number): string {
  // A finite data point far off-screen can map to an infinite pixel; NaN is always a bug.
  if (Number.isNaN(v)) throw new Error('viz internal: NaN coordinate');
  // Clamp far-off points (diverged runs) so paths stay short; clip paths hide them anyway.
  const c = Math.max(-1e6, Math.min(1e6, v));
  const r = Math.round(c * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Escapes text for XML content and attribute values. */
export function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
