import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeServerSettings } from '@dl8/code-server';

/** A running code-server (VS Code 1.100.3 with a Node extension host) on a fresh profile. */
export interface CodeServer {
  /** http://127.0.0.1:PORT/?folder=WORKSPACE */
  readonly url: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

/**
 * Installs `vsix` into a fresh profile and starts code-server (`entry`: its out/node/entry.js)
 * in its own process group, so close() ends it and the watcher it forks
 * (shared/design/VSCODE-E2E.md has the facts behind every flag).
 */
export async function startCodeServer(entry: string, vsix: string): Promise<CodeServer> {
  const tmp = mkdtempSync(join(tmpdir(), 'dl8-bench-vscode-'));
  const userData = join(tmp, 'user-data');
  const workspace = join(tmp, 'workspace');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(workspace);
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(codeServerSettings));
  writeFileSync(join(tmp, 'config.yaml'), 'auth: none\ncert: false\n');
  const env = {
    ...process.env,
    XDG_DATA_HOME: join(tmp, 'xdg-data'),
    XDG_CONFIG_HOME: join(tmp, 'xdg-config'),
    EXTENSIONS_GALLERY: '{}',
  };
  const profile = [
    '--user-data-dir',
    userData,
    '--extensions-dir',
    join(tmp, 'ext'),
    '--config',
    join(tmp, 'config.yaml'),
  ];
  execFileSync(process.execPath, [entry, ...profile, '--install-extension', vsix, '--force'], {
    env,
    stdio: 'pipe',
  });
  const port = await freePort();
  const flags = [
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  const child: ChildProcess = spawn(
    process.execPath,
    [entry, ...profile, '--bind-addr', `127.0.0.1:${port}`, ...flags, workspace],
    { env, detached: true, stdio: 'ignore' },
  );
  const close = async () => {
    if (child.pid !== undefined && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }
    rmSync(tmp, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ; ) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) {
      await close();
      throw new Error('code-server did not answer /healthz within 60 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `${base}/?folder=${encodeURIComponent(workspace)}`, close };
}
