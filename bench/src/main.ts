import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFamilies } from './harness/bundleFamilies.js';
import type { FamilyReport } from './harness/family.js';
import { num, textTable } from './harness/format.js';
import { machine } from './harness/machine.js';
import { markdownReport } from './harness/report.js';

// `pnpm bench [--smoke] [--only <family>] [--rebuild] [--results <dir>]`: one Node process per
// family, then one table and bench/results/latest.json (smoke: smoke.json, one run of each).
const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
// kernels-alone: the kernels' dl8 workloads in a process where tfjs is never loaded; its samples
// are shown beside the side-by-side ones (see docs/performance.md for why both).
const FAMILIES = [
  { name: 'kernels-alone', file: 'kernels', args: ['--alone'] },
  { name: 'kernels', file: 'kernels', args: [] },
  { name: 'experiments', file: 'experiments', args: [] },
  { name: 'cli', file: 'cli', args: [] },
  { name: 'extension', file: 'extension', args: [] },
] as const;

const argv = process.argv.slice(2);
const smoke = argv.includes('--smoke');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const passOn = argv.filter((a) => a === '--smoke' || a === '--rebuild');
const families = FAMILIES.filter((f) => only === undefined || f.file === only);
const started = performance.now();
const before = machine();
const tmp = mkdtempSync(join(tmpdir(), 'dl8-bench-'));
const reports: FamilyReport[] = [];
// Families run as bundles on bare node, written inside bench/ so node_modules resolve from there.
const bundles = join(benchDir, '.cache', 'families');
await bundleFamilies(benchDir, bundles, [...new Set(families.map((f) => f.file))]);
const failures: string[] = [];

for (const { name: family, file, args } of families) {
  process.stderr.write(`${family}: starting (load ${loadavg().map(num).join(' ')})\n`);
  const out = join(tmp, `${family}.json`);
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', join(bundles, `${file}.mjs`), ...args, ...passOn, '--out', out],
    { cwd: benchDir, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  try {
    reports.push(JSON.parse(readFileSync(out, 'utf8')) as FamilyReport);
  } catch {
    failures.push(
      `${family}: the process wrote no report (exit ${child.status}, signal ${child.signal})`,
    );
  }
  if (child.status !== 0) failures.push(`${family}: exited with ${child.status}`);
}
rmSync(tmp, { recursive: true, force: true });

const alone = new Map(
  reports
    .filter((r) => r.family === 'kernels-alone')
    .flatMap((r) => r.rows.map((x) => [x.id, x.dl8])),
);
const rows = reports
  .filter((r) => r.family !== 'kernels-alone')
  .flatMap((r) => r.rows)
  .map((row) => (alone.has(row.id) ? { ...row, dl8Alone: alone.get(row.id)! } : row));
const errors = reports.flatMap((r) => r.errors.map((e) => ({ family: r.family, ...e })));
const result = {
  smoke,
  machine: { ...before, loadavgEnd: machine().loadavg },
  seconds: (performance.now() - started) / 1000,
  families: reports.map(({ family, loadavg, info, errors: e }) => ({
    family,
    loadavg,
    info,
    errors: e,
  })),
  rows,
  failures,
};
const resultsDir = argv.includes('--results')
  ? argv[argv.indexOf('--results') + 1]!
  : join(benchDir, 'results');
mkdirSync(resultsDir, { recursive: true });
const name = smoke ? 'smoke' : 'latest';
writeFileSync(join(resultsDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(
  join(resultsDir, `${name}.md`),
  markdownReport(rows, before, reports, smoke, result.seconds),
);

process.stdout.write(`\n${textTable(rows, smoke)}\n\n`);
if (smoke) process.stdout.write('smoke mode: one run each, no warm-up; the numbers mean nothing\n');
process.stdout.write(
  `${rows.length} benchmarks in ${num(result.seconds)} s on ${before.nproc} x ${before.cpu}, Node ${before.node}; ` +
    `load ${before.loadavg.map(num).join(' ')} -> ${result.machine.loadavgEnd.map(num).join(' ')}\n`,
);
for (const info of result.families) {
  for (const [k, v] of Object.entries(info.info))
    process.stdout.write(`  ${info.family} ${k}: ${v}\n`);
}
for (const f of failures) process.stdout.write(`FAILED ${f}\n`);
for (const e of errors)
  process.stdout.write(`FAILED ${e.family} ${e.id}: ${e.message.split('\n')[0]}\n`);
process.exitCode = failures.length > 0 || errors.length > 0 ? 1 : 0;
