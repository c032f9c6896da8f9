// Runs the packaged extension in a real VS Code: code-server 4.100.3 (installed by
// scripts/setup-e2e.mjs) driven through Debian's Chromium. See shared/design/VSCODE-E2E.md.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '@dl8/chromium';
import { codeServerSettings } from '@dl8/code-server';

import type { Browser, Frame, Page } from 'playwright-core';
import { appRoot } from '../support/paths.js';

const entry = join(appRoot, '.cache/code-server/node_modules/code-server/out/node/entry.js');

/** Settings that make every run look and behave the same. */

export interface VsCodeSession {
  page: Page;
  /** Every `[Extension Host]` console line seen so far. */
  hostLogs: string[];
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early:\n${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not become healthy within 60 s:\n${output()}`);
}

/** Installs the .vsix into a fresh profile, starts code-server on WORKSPACE and opens it in Chromium. */
export async function startVsCode(vsix: string, workspace: string): Promise<VsCodeSession> {
  const tmp = mkdtempSync(join(tmpdir(), 'dl8-e2e-'));
  const userData = join(tmp, 'user-data');
  const extensions = join(tmp, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify(codeServerSettings, null, 2),
  );
  const config = join(tmp, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const env = {
    ...process.env,
    XDG_DATA_HOME: join(tmp, 'xdg-data'),
    XDG_CONFIG_HOME: join(tmp, 'xdg-config'),
    EXTENSIONS_GALLERY: '{}',
  };
  const profile = ['--user-data-dir', userData, '--extensions-dir', extensions, '--config', config];
  execFileSync(process.execPath, [entry, ...profile, '--install-extension', vsix, '--force'], {
    env,
    stdio: 'pipe',
  });

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // detached: its own process group, so teardown can end the file watcher it forks too.
  const child = spawn(
    process.execPath,
    [
      entry,
      ...profile,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      workspace,
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));

  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close().catch(() => {});
    if (child.pid !== undefined && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(tmp, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, child, () => output);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Nothing leaves this machine: every request not to code-server itself is aborted.
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    const hostLogs: string[] = [];
    page.on('console', (msg) => {
      const text = msg.text();
      if (text.includes('[Extension Host]')) hostLogs.push(text);
    });
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('#workbench\\.parts\\.statusbar').waitFor({ timeout: 60_000 });
    return { page, hostLogs, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Opens a workspace file through quick open (F1, then the file name instead of a command). */
export async function openFile(page: Page, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    try {
      await input.waitFor({ state: 'visible', timeout: 3_000 });
      await input.fill(name);
      const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name });
      await row.first().waitFor({ state: 'visible', timeout: 3_000 });
      await row.first().click();
      await page.locator('.tab.active', { hasText: name }).first().waitFor({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt >= 5) throw new Error(`could not open ${name}: ${error}`);
    }
  }
}

/**
 * The frame of the webview whose document matches `selector` (VS Code nests each webview's
 * document in two iframes, and several webviews may be open), waiting up to `timeout` ms.
 */
export async function webviewFrame(
  page: Page,
  selector: string,
  timeout = 120_000,
): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame.parentFrame()) {
        try {
          if ((await frame.locator(selector).count()) > 0) return frame;
        } catch {
          // the frame navigated away while we looked
        }
      }
    }
    if (Date.now() > deadline) throw new Error(`no webview shows ${selector} within ${timeout} ms`);
    await page.waitForTimeout(250);
  }
}

/**
 * Runs `check` in the webview showing `selector`, again in a fresh lookup if VS Code swapped
 * the webview's frame meanwhile (it replaces the pending frame once the page has loaded).
 */
export async function inWebview<T>(
  page: Page,
  selector: string,
  check: (frame: Frame) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const frame = await webviewFrame(page, selector);
    try {
      return await check(frame);
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('detached')) throw error;
    }
  }
}
