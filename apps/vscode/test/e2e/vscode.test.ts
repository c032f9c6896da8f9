import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/ensureBuilt.js';
import { appRoot, resultsDir } from '../support/paths.js';
import { activeWebview, runCommand, startVsCode, type VsCodeSession } from './codeServer.js';

let session: VsCodeSession;
let workspace: string;

beforeAll(async () => {
  execFileSync(process.execPath, [join(appRoot, 'scripts', 'setup-e2e.mjs')], { stdio: 'pipe' });
  const vsix = await ensureBuilt();
  workspace = mkdtempSync(join(tmpdir(), 'dl8-workspace-'));
  mkdirSync(resultsDir, { recursive: true });
  session = await startVsCode(vsix, workspace);
});

afterAll(async () => {
  await session?.close();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('the packaged extension in code-server', () => {
  it('DL8: Open Chapter Notes opens the notes webview', async () => {
    const { page } = session;
    await runCommand(page, 'DL8: Open Chapter Notes');
    const view = activeWebview(page);
    await expect
      .poll(() => view.locator('h1').first().textContent(), { timeout: 30_000 })
      .toBe('Chapter 8.7');
    await page.screenshot({ path: join(resultsDir, 'vscode-chapter-notes.png') });
    await expect
      .poll(() =>
        session.hostLogs.some((l) => l.includes('[dl8] webview message: {"type":"rendered"')),
      )
      .toBe(true);
  });
});
