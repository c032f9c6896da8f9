import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { experiments } from '@dl8/experiments';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP } from '../src/main.js';

// The real `dl8` executable: the esbuild bundle, spawned as a user would run it.
const cliDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(cliDir, '../..');
const bin = join(cliDir, 'dist/dl8.js');
const work = mkdtempSync(join(tmpdir(), 'dl8-cli-bundle-'));
const env = { ...process.env, NO_COLOR: '1' };
const dl8 = (args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', env });

beforeAll(() => {
  // turbo builds @dl8/notes' browser assets first, then the bundle (cached when unchanged).
  execFileSync(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', '--filter=@dl8/cli', '--output-logs=errors-only'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the dl8 bundle', () => {
  it('starts with a shebang and is executable', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('--help prints the help', () => {
    const r = dl8(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${HELP}\n`);
  });

  it('a usage error exits 2 with one message on stderr and nothing on stdout', () => {
    const r = dl8(['run', 'coordinate-descent', '--alpha', 'lots']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^dl8: --alpha: cannot read "lots" as a number from/);
  });

  it('run --json prints parseable JSON only', () => {
    const r = dl8(['run', 'separable-vs-coupled', '--json']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.id).toBe('separable-vs-coupled');
    expect(Object.keys(doc.result.metrics).length).toBeGreaterThan(0);
  });

  it('Ctrl-C aborts a running experiment with exit 130', async () => {
    // 3000 steps take many seconds: long enough to be interrupted mid-run on any machine.
    const child = spawn(
      process.execPath,
      [bin, 'run', 'bn-training', '--steps', '3000', '--quiet'],
      { cwd: work, env },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const closed = new Promise<number | null>((r) => child.on('close', r));
    const started = performance.now();
    await new Promise((r) => setTimeout(r, 700));
    child.kill('SIGINT');
    const code = await closed;
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted');
    expect(performance.now() - started).toBeLessThan(10_000); // aborted promptly, not run to the end
  }, 30_000);

  it('dl8 tour runs every experiment and writes the HTML notes', () => {
    const r = dl8(['tour', '--out', 'notes-html']);
    expect(r.status).toBe(0);
    for (const e of experiments) expect(r.stdout).toContain(e.title);
    expect(r.stdout).toMatch(/The chapter notes with live experiments: notes-html\/index\.html/);
    const html = readFileSync(join(work, 'notes-html/index.html'), 'utf8');
    const figures = html.match(/<figure class="dl8-figure"/g) ?? [];
    expect(figures.length).toBeGreaterThanOrEqual(experiments.length);
    expect(/<div class="dl8-error"/.test(html)).toBe(false); // no block failed to render
  }, 180_000);
});

describe('the packed @dl8/cli tarball', () => {
  it('installs with npm install -g and runs', () => {
    const packDir = join(work, 'pack');
    const prefix = join(work, 'global');
    execFileSync('pnpm', ['pack', '--pack-destination', packDir], { cwd: cliDir, stdio: 'ignore' });
    const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    execFileSync(
      'npm',
      ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', join(packDir, tarball!)],
      {
        stdio: 'ignore',
        env: { ...process.env, npm_config_loglevel: 'error' },
      },
    );
    const installed = join(prefix, 'bin/dl8');
    expect(existsSync(installed)).toBe(true);
    const list = spawnSync(installed, ['list'], { encoding: 'utf8', env });
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('coordinate-descent');
    const png = spawnSync(
      installed,
      ['run', 'gamma-beta', '--png', join(work, 'g.png'), '--no-chart'],
      { encoding: 'utf8', env },
    );
    expect(png.status).toBe(0);
    expect(readFileSync(join(work, 'g.png')).subarray(1, 4).toString()).toBe('PNG');
  }, 300_000);
});
