import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { experimentIds } from '@dl8/experiments';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = mkdtempSync(join(tmpdir(), 'dl8-bench-smoke-'));
afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

// Every workload of issue 10; experiments come from the registry, so a new one is covered too.
const expected = [
  'bn.forward.f32',
  'bn.fwdbwd.f32',
  'bn.forward.f64',
  'bn.fwdbwd.f64',
  'bn.forward.f32.mixed',
  'bn.kernel.moments',
  'bn.kernel.affine',
  'bn.kernel.gradSums',
  'bn.kernel.gradInput',
  'opt.adam',
  'opt.sgd-momentum',
  'matmul.256',
  'matmul.512',
  'mlp.train',
  ...experimentIds.map((id) => `experiment.${id}`),
  'cli.help',
  'bundle.cli',
  'bundle.extension-host',
  'bundle.extension-exporter',
  'bundle.webview',
  'bundle.notes-hydrate',
  'webview.first-paint',
  'webview.hydrated',
  'webview.slider-redraw',
  'extension.activation',
  'extension.activation-log',
  'extension.activate-call',
  'webview.vscode-render',
];

interface SmokeResult {
  smoke: boolean;
  failures: string[];
  families: { family: string; errors: { id: string; message: string }[] }[];
  rows: { id: string; dl8: { runs: number } }[];
}

describe('pnpm bench --smoke', () => {
  // One run of every benchmark in child processes, exactly as `pnpm bench` starts them. Only
  // completion is checked: a smoke run makes no timing claim, so no number is compared here.
  let child: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    const args = ['--conditions=@dl8/source', '--import', 'tsx', 'src/main.ts', '--smoke'];
    child = spawnSync(process.execPath, [...args, '--results', resultsDir], {
      cwd: benchDir,
      encoding: 'utf8',
      timeout: 280_000,
    });
  }, 290_000);

  it('main.ts --smoke exits 0 and writes smoke.json', () => {
    expect(child.error, String(child.error)).toBeUndefined();
    expect(child.status, `${child.stdout}\n${child.stderr}`).toBe(0);
  });

  it('main.ts --smoke completes every benchmark of every family once', () => {
    const result = JSON.parse(readFileSync(join(resultsDir, 'smoke.json'), 'utf8')) as SmokeResult;
    expect(result.smoke).toBe(true);
    expect(result.failures).toEqual([]);
    expect(result.families.map((f) => f.family)).toEqual([
      'kernels-alone',
      'kernels',
      'experiments',
      'cli',
      'extension',
    ]);
    expect(result.families.flatMap((f) => f.errors)).toEqual([]);
    expect(result.rows.map((r) => r.id).sort()).toEqual([...expected].sort());
    for (const row of result.rows) expect(row.dl8.runs, row.id).toBe(1);
  });
});
