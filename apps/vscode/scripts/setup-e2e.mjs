// Installs code-server (VS Code 1.100.3 with a Node extension host) into a gitignored cache
// folder for the end-to-end tests. Idempotent: returns at once when the pinned version is there.
// Facts behind each step: shared/design/VSCODE-E2E.md.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
// @vscode/ripgrep 1.15.11 (code-server 4.100.3's) looks for this tarball in $TMPDIR before
// downloading it from GitHub, which this machine cannot reach.
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = join(root, '.cache', 'code-server');
const marker = join(cacheDir, `.installed-${CODE_SERVER_VERSION}`);
/** The code-server launcher inside the cache (a Node script: run it with `node`). */
export const codeServerBin = join(
  cacheDir,
  'node_modules',
  'code-server',
  'out',
  'node',
  'entry.js',
);

function run(cmd, args, options) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(
      `setup-e2e: \`${cmd} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})`,
    );
  }
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Installs code-server when missing; returns the path of its entry script. */
export function setupE2e() {
  if (existsSync(marker) && existsSync(codeServerBin)) return codeServerBin;
  if (process.arch !== 'x64') {
    throw new Error(
      `setup-e2e: only linux x64 is supported (ripgrep tarball), got ${process.arch}`,
    );
  }
  const rg = which('rg');
  if (!rg) throw new Error('setup-e2e: `rg` not found; install the Debian package ripgrep');
  if (!existsSync('/usr/include/gssapi/gssapi.h')) {
    throw new Error('setup-e2e: gssapi.h not found; install the Debian package libkrb5-dev');
  }
  rmSync(cacheDir, { recursive: true, force: true });
  const tmp = join(cacheDir, 'tmp');
  const rgCache = join(tmp, RIPGREP_CACHE);
  mkdirSync(rgCache, { recursive: true });
  copyFileSync(rg, join(tmp, 'rg'));
  run('tar', ['-czf', join(rgCache, RIPGREP_TARBALL), '-C', tmp, 'rg']);
  writeFileSync(
    join(cacheDir, 'package.json'),
    `${JSON.stringify({ name: 'dl8-e2e-code-server', private: true, dependencies: { 'code-server': CODE_SERVER_VERSION } }, null, 2)}\n`,
  );
  const env = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_unsafe_perm: 'true',
    // node-pty's postinstall runs `npx node-gyp`, which is cancelled when npm's `yes` is false.
    npm_config_yes: 'true',
    // npm 11 skips dependencies' install scripts unless approved; code-server's postinstall
    // runs nested `npm install`s (node-pty, kerberos, ripgrep, ...) that all need theirs.
    // Harmless on npm 10, which runs them anyway.
    npm_config_dangerously_allow_all_scripts: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  process.stderr.write(
    `setup-e2e: installing code-server ${CODE_SERVER_VERSION} into ${cacheDir}\n`,
  );
  run('npm', ['install', '--omit=dev', '--no-package-lock'], { cwd: cacheDir, env });
  const installed = JSON.parse(
    readFileSync(join(cacheDir, 'node_modules', 'code-server', 'package.json'), 'utf8'),
  ).version;
  if (installed !== CODE_SERVER_VERSION || !existsSync(codeServerBin)) {
    throw new Error(`setup-e2e: expected code-server ${CODE_SERVER_VERSION}, found ${installed}`);
  }
  // The postinstall's own work: VS Code's dependencies with their native modules and rg.
  const vscodeModules = join(
    cacheDir,
    'node_modules',
    'code-server',
    'lib',
    'vscode',
    'node_modules',
  );
  for (const file of ['@vscode/ripgrep/bin/rg', 'node-pty/build/Release/pty.node']) {
    if (!existsSync(join(vscodeModules, file))) {
      throw new Error(`setup-e2e: code-server's postinstall did not produce ${file}`);
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  return codeServerBin;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  setupE2e();
  process.stderr.write(
    `setup-e2e: code-server ${CODE_SERVER_VERSION} ready (${Date.now() - started} ms)\n`,
  );
}
