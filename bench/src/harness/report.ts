import { aloneVerdict, verdicts } from './evaluate.js';
import type { FamilyReport } from './family.js';
import { markdownTable, num } from './format.js';
import type { Machine } from './machine.js';
import type { Row } from './row.js';

/** One line per target: "- met: BN forward [4096,1024] f32 <= 15 ms (12.1)". */
export function targetLines(rows: readonly Row[]): string[] {
  return rows.flatMap((row) =>
    verdicts(row).map(({ target, actual, met }) => {
      const word = met === null ? 'not measured' : met ? 'met' : 'MISSED';
      const shown =
        actual === null ? 'n/a' : target.of === 'allocation' ? `${actual} B` : num(actual);
      const alone = aloneVerdict(row, target);
      const aloneText = alone
        ? `; in a process without tfjs ${num(alone.actual)}: ${alone.met ? 'met' : 'MISSED'}`
        : '';
      return `- ${word}: ${row.name.trim()}: ${target.label} (measured ${shown}${aloneText})`;
    }),
  );
}

/** The markdown kept beside latest.json: machine, load per family, table, every target. */
export function markdownReport(
  rows: readonly Row[],
  machine: Machine,
  families: readonly Pick<FamilyReport, 'family' | 'loadavg'>[],
  smoke: boolean,
  seconds: number,
): string {
  const load = (l: number[]) => l.map(num).join(' / ');
  return [
    `Run ${machine.date}: ${machine.nproc} x ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}; ${rows.length} benchmarks in ${num(seconds)} s${smoke ? ' (smoke: one run each, numbers mean nothing)' : ''}.`,
    '',
    'Load average (1 / 5 / 15 min) at the start and end of each family process:',
    '',
    ...families.map((f) => `- ${f.family}: ${load(f.loadavg.start)} -> ${load(f.loadavg.end)}`),
    '',
    markdownTable(rows, smoke),
    '',
    ...(smoke ? [] : ['Targets:', '', ...targetLines(rows)]),
    '',
  ].join('\n');
}
