import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Directory holding the checked-in snapshot files. */
export const SNAPSHOTS = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');

/** Rounds every decimal number to 3 places and renumbers ids in order of first definition. */
export function normalizeSvg(svg: string): string {
  const ids = [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
  const map = new Map(ids.map((id, i) => [id, `id${i}`]));
  let out = svg.replace(/-?\d+\.\d+(e[-+]?\d+)?/g, (m) => {
    const r = Number(Number(m).toFixed(3));
    return String(Object.is(r, -0) ? 0 : r);
  });
  // Longest ids first so a prefix never replaces part of a longer id.
  for (const id of [...map.keys()].sort((a, b) => b.length - a.length)) {
    out = out.replace(
      new RegExp(`(?<=["#\\s])${id.replace(/[-]/g, '\\-')}(?=["\\s)])`, 'g'),
      map.get(id)!,
    );
  }
  return out;
}

/** Puts one element per line so snapshot diffs stay readable. */
function pretty(svg: string): string {
  return `${svg.replace(/></g, '>\n<')}\n`;
}

/**
 * Compares text with a snapshot file. A missing snapshot is written only when VIZ_UPDATE=1
 * (otherwise the test fails); on mismatch the new output goes beside it as `<name>-changed.<ext>`.
 */
export function matchSnapshot(file: string, actual: string, kind: 'svg' | 'text'): void {
  const path = join(SNAPSHOTS, file);
  const body = kind === 'svg' ? pretty(normalizeSvg(actual)) : actual;
  const changed = path.replace(/(\.\w+)$/, '-changed$1');
  if (!existsSync(path) || process.env.VIZ_UPDATE === '1') {
    if (process.env.VIZ_UPDATE !== '1')
      throw new Error(`snapshot ${path} is missing; run with VIZ_UPDATE=1 to write it`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
    rmSync(changed, { force: true });
    return;
  }
  const expected = readFileSync(path, 'utf8');
  if (expected !== body) {
    writeFileSync(changed, body);
    throw new Error(`${file} differs from its snapshot; see ${changed}`);
  }
  rmSync(changed, { force: true });
}
