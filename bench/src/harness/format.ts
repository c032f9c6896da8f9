import { aloneVerdict, anchor, inUnit, speedup, value, verdicts } from './evaluate.js';
import type { Row } from './row.js';

/** A number with about three significant digits (1234, 12.3, 0.123). */
export function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  if (a >= 1) return x.toFixed(2);
  return x.toFixed(3);
}

/** "12.3 / 11.9 / 14.0" in the row's unit (for rates the min time gives the max rate). */
export function dl8Cell(row: Row): string {
  if (row.unit === 'bytes')
    return `${kb(row.dl8.median)} (gzip ${kb(Number(row.extra?.['gzipBytes']))})`;
  const lo = inUnit(row, row.dl8.min);
  const hi = inUnit(row, row.dl8.max);
  const alone = row.dl8Alone ? `; alone ${num(inUnit(row, row.dl8Alone.median))}` : '';
  return `${num(value(row))} (${num(Math.min(lo, hi))}–${num(Math.max(lo, hi))})${alone}`;
}

/** Bytes in KB (1000 bytes), as "12.3 KB". */
export function kb(bytes: number): string {
  return `${num(bytes / 1000)} KB`;
}

/** The anchor's median in the row's unit and dl8's speed-up over it: "82.1 (6.5x)". */
export function anchorCell(row: Row, name: string): string {
  const a = anchor(row, name);
  if (!a) return '—';
  return `${num(inUnit(row, a.sample.median))} (${num(speedup(row, name)!)}x)`;
}

/** The physical reference (copy of the same bytes, bare node start): "copy 3.9 ms = dl8/4.1". */
export function referenceCell(row: Row): string {
  const a = row.anchors.find((x) => !x.name.startsWith('tfjs-'));
  if (!a) return '—';
  return `${a.name} ${num(a.sample.median)} ms (dl8 = ${num(row.dl8.median / a.sample.median)}x)`;
}

/** "met: <= 15 ms; missed: >= 5x tfjs-wasm (3.2x)". */
export function verdictCell(row: Row): string {
  return verdicts(row)
    .map(({ target, actual, met }) => {
      const shown =
        actual === null ? 'n/a' : target.of === 'allocation' ? `${actual} B` : num(actual);
      const alone = aloneVerdict(row, target);
      const aloneText = alone ? `; alone ${num(alone.actual)} ${alone.met ? 'met' : 'MISSED'}` : '';
      return `${met === null ? 'n/a' : met ? 'met' : 'MISSED'} ${target.label} (${shown}${aloneText})`;
    })
    .join('; ');
}

const HEADER = [
  'benchmark',
  'unit',
  'dl8 median (min–max)',
  'tfjs-cpu (dl8 speed-up)',
  'tfjs-wasm (dl8 speed-up)',
  'reference (dl8 time / reference)',
  'targets',
];

/** The rows as cells, one array per line, header first; smoke runs judge no target. */
export function cells(rows: readonly Row[], smoke = false): string[][] {
  return [
    HEADER,
    ...rows.map((row) => [
      row.name,
      row.unit,
      dl8Cell(row),
      anchorCell(row, 'tfjs-cpu'),
      anchorCell(row, 'tfjs-wasm'),
      referenceCell(row),
      smoke ? 'not judged (smoke)' : verdictCell(row) || '—',
    ]),
  ];
}

/** A fixed-width text table for the terminal. */
export function textTable(rows: readonly Row[], smoke = false): string {
  const all = cells(rows, smoke);
  const widths = HEADER.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [
    line(all[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...all.slice(1).map(line),
  ].join('\n');
}

/** A GitHub markdown table (for docs/performance.md). */
export function markdownTable(rows: readonly Row[], smoke = false): string {
  const all = cells(rows, smoke);
  const line = (r: string[]) => `| ${r.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(all[0]!), line(HEADER.map(() => '---')), ...all.slice(1).map(line)].join('\n');
}
