// The packaged .vsix in a real VS Code (code-server 4.100.3) driven through Chromium.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '@dl8/code-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/ensureBuilt.js';
import { appRoot, resultsDir } from '../support/paths.js';
import {
  inWebview,
  openFile,
  startVsCode,
  type VsCodeSession,
  webviewFrame,
} from './codeServer.js';

let session: VsCodeSession;
let workspace: string;
/** The first slider's value after the slider test moved it (checked again after a reload). */
let sliderAfterMove = '';

const notesFile = `# My notes on coordinate descent

Inline math $\\alpha = 0.1$ and an experiment:

\`\`\`dl8 higher-order-effects
depth: 4
\`\`\`
`;

beforeAll(async () => {
  execFileSync(process.execPath, [join(appRoot, 'scripts', 'setup-e2e.mjs')], { stdio: 'pipe' });
  const vsix = await ensureBuilt();
  workspace = mkdtempSync(join(tmpdir(), 'dl8-workspace-'));
  writeFileSync(join(workspace, 'notes.md'), notesFile);
  mkdirSync(resultsDir, { recursive: true });
  session = await startVsCode(vsix, workspace);
});

afterAll(async () => {
  await session?.close();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

const shot = (name: string) => session.page.screenshot({ path: join(resultsDir, `${name}.png`) });

describe('the packaged extension in code-server', () => {
  it('DL8: Open Chapter Notes shows typeset math and hydrated experiments', async () => {
    const { page } = session;
    await runCommand(page, 'DL8: Open Chapter Notes');
    const view = await webviewFrame(
      page,
      'body[data-dl8-doc="chapter"] figure[data-dl8-hydrated="true"] .dl8-chart svg',
    );
    expect(await view.locator('.katex').count()).toBeGreaterThan(20);
    expect(await view.locator('.katex-display').count()).toBeGreaterThan(5);
    expect(await view.locator('.dl8-outline a').count()).toBeGreaterThan(5);
    expect(await view.locator('section#section-batch-normalization').count()).toBe(1);
    // KaTeX's fonts load through the CSP (font-display: block hides math until they do).
    const fontsLoaded = await view.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter(
        (f) => f.family.startsWith('KaTeX') && f.status === 'loaded',
      ).length;
    });
    expect(fontsLoaded).toBeGreaterThan(2);
    // A heavy experiment (run in a Web Worker inside the webview) drew its chart too.
    await expect
      .poll(
        () => view.locator('figure[data-dl8-experiment="optimizer-race"] .dl8-chart svg').count(),
        {
          timeout: 120_000,
        },
      )
      .toBeGreaterThan(0);
    await shot('vscode-chapter-notes');
    const activation = session.hostLogs.find((l) => l.includes('[dl8] activated in'));
    expect(activation).toBeDefined();
    console.log(activation);
    // The webview's "rendered" message reached the host.
    await expect
      .poll(() => session.hostLogs.some((l) => l.includes('[dl8] rendered chapter')), {
        timeout: 30_000,
      })
      .toBe(true);
  });

  it('moving a slider in the notes reruns the experiment and redraws its chart', async () => {
    const { page } = session;
    const view = await webviewFrame(
      page,
      'body[data-dl8-doc="chapter"] figure[data-dl8-hydrated="true"] input[type="range"]',
    );
    const figure = view.locator('figure[data-dl8-hydrated="true"]').first();
    await figure.scrollIntoViewIfNeeded();
    const chart = figure.locator('.dl8-charts');
    await expect
      .poll(() => figure.getAttribute('data-dl8-drawn'), { timeout: 30_000 })
      .not.toBeNull();
    const before = await chart.innerHTML();
    const drawn = Number(await figure.getAttribute('data-dl8-drawn'));
    const slider = figure.locator('input[type="range"]').first();
    await slider.focus();
    for (let i = 0; i < 3; i++) await slider.press('ArrowRight');
    await expect
      .poll(async () => Number(await figure.getAttribute('data-dl8-drawn')), { timeout: 30_000 })
      .toBeGreaterThan(drawn);
    expect(await chart.innerHTML()).not.toBe(before);
    sliderAfterMove = await slider.inputValue();
    await shot('vscode-slider-moved');

    // "Copy block" goes through the host (webviews cannot write the clipboard themselves).
    await inWebview(
      page,
      'body[data-dl8-doc="chapter"] figure[data-dl8-hydrated="true"] button[data-dl8-action="copy"]',
      (frame) =>
        frame
          .locator('figure[data-dl8-hydrated="true"] button[data-dl8-action="copy"]')
          .first()
          .click({ timeout: 10_000 }),
    );
    await page
      .locator('.notifications-toasts', { hasText: 'DL8: copied the block to the clipboard.' })
      .waitFor({ timeout: 15_000 });
  });

  it('DL8: Open Experiment... opens the picked experiment in its own panel', async () => {
    const { page } = session;
    await runCommand(page, 'DL8: Open Experiment...');
    const input = page.locator('.quick-input-widget input');
    await input.fill('gamma-beta');
    const row = page.locator('.quick-input-list .monaco-list-row').first();
    await row.waitFor({ state: 'visible' });
    await row.click();
    const heading = await inWebview(
      page,
      'body[data-dl8-doc="experiment:gamma-beta"] figure[data-dl8-hydrated="true"] .dl8-chart svg',
      (view) => view.locator('h1').first().textContent(),
    );
    expect(heading).toBeTruthy();
    const tab = page.locator('.tab.active');
    await expect.poll(() => tab.textContent()).toContain('DL8: ');
    expect(await tab.textContent()).not.toContain('gamma-beta'); // named by title, not by id
    await shot('vscode-open-experiment');
  });

  it("VS Code's Markdown preview renders a dl8 block as a live experiment", async () => {
    const { page } = session;
    await openFile(page, 'notes.md');
    await runCommand(page, 'Markdown: Open Preview to the Side');
    const view = await webviewFrame(
      page,
      '.dl8-md-block[data-dl8-state="rendered"] figure[data-dl8-hydrated="true"] .dl8-chart svg',
    );
    expect(await view.locator('figure[data-dl8-experiment="higher-order-effects"]').count()).toBe(
      1,
    );
    expect(await view.locator('.dl8-md-block input[type="range"]').count()).toBeGreaterThan(0);
    await shot('vscode-markdown-preview');
  });

  it('DL8: Preview Notes with Experiments follows the file as it is typed and keeps the parameters', async () => {
    const { page } = session;
    await openFile(page, 'notes.md');
    await runCommand(page, 'DL8: Preview Notes with Experiments');
    const selector =
      'body[data-dl8-doc="markdown"] figure[data-dl8-hydrated="true"] input[type="range"]';
    let view = await webviewFrame(page, selector);
    const slider = view.locator('figure[data-dl8-hydrated="true"] input[type="range"]').first();
    await slider.focus();
    await slider.press('ArrowRight');
    const chosen = await slider.inputValue();
    const renders = () =>
      session.hostLogs.filter((l) => l.includes('[dl8] rendered markdown')).length;
    const before = renders();

    // Type at the end of the file, in the editor on the left.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nA sentence typed while the preview is open.\n');
    await expect.poll(renders, { timeout: 30_000 }).toBeGreaterThan(before);
    view = await webviewFrame(page, selector);
    await expect
      .poll(() => view.locator('article').textContent(), { timeout: 30_000 })
      .toContain('A sentence typed while the preview is open.');
    expect(
      await view
        .locator('figure[data-dl8-hydrated="true"] input[type="range"]')
        .first()
        .inputValue(),
    ).toBe(chosen);
    await shot('vscode-preview-notes');
  });

  it("VS Code's Running Extensions view reports dl8's activation time", async () => {
    const { page } = session;
    // The list is virtualized: make it tall enough to hold every active extension's row.
    await page.setViewportSize({ width: 1400, height: 4000 });
    await runCommand(page, 'Developer: Show Running Extensions');
    const row = page
      .locator('.runtime-extensions-editor .monaco-list-row')
      .filter({ hasText: 'dl8' });
    await row.first().waitFor({ timeout: 30_000 });
    const text = ((await row.first().textContent()) ?? '').replace(/\s+/g, ' ');
    console.log(`[e2e] Running Extensions row: ${text}`);
    expect(text).toMatch(/Activation: \d+\s?ms/);
    await page.setViewportSize({ width: 1400, height: 900 });
    await shot('vscode-running-extensions');
  });

  it('DL8: Insert Experiment Block inserts the picked block with its defaults at the cursor', async () => {
    const { page } = session;
    await openFile(page, 'notes.md');
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await runCommand(page, 'DL8: Insert Experiment Block');
    const input = page.locator('.quick-input-widget input');
    await input.fill('gamma-beta');
    await page.locator('.quick-input-list .monaco-list-row').first().click();
    const editor = page
      .locator('.editor-group-container.active .monaco-editor .view-lines')
      .first();
    // Monaco draws spaces as no-break spaces.
    const text = async () => ((await editor.textContent()) ?? '').replaceAll('\u00a0', ' ');
    await expect.poll(text, { timeout: 10_000 }).toContain('```dl8 gamma-beta');
  });

  it('the DL8 activity-bar view lists sections and experiments, and selecting one opens it', async () => {
    const { page } = session;
    await page.locator('.activitybar .action-item a[aria-label^="DL8"]').first().click();
    const tree = page.locator('.pane-body .monaco-list-row');
    await expect
      .poll(() => tree.filter({ hasText: '8.7.1 Batch normalization' }).count(), {
        timeout: 30_000,
      })
      .toBe(1);
    await shot('vscode-activity-bar');
    await tree.filter({ hasText: 'coordinate-descent' }).first().click();
    await inWebview(
      page,
      'body[data-dl8-doc="experiment:coordinate-descent"] figure[data-dl8-hydrated="true"] .dl8-chart svg',
      async (view) => expect(await view.locator('h1').count()).toBe(1),
    );
  });

  it('after a reload VS Code restores the notes panel with the parameters the reader set', async () => {
    const { page } = session;
    // Reload Window shuts the workbench down in order, saving each webview's state. The
    // notes are a background tab now (the experiment opened from the tree is in front).
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await page.locator('#workbench\\.parts\\.statusbar').waitFor({ timeout: 60_000 });
    // The tab is back; showing it makes VS Code hand the saved state to the serializer.
    const tab = page.locator('.tab', { hasText: 'DL8: Chapter Notes' });
    await expect.poll(() => tab.count(), { timeout: 30_000 }).toBe(1);
    await tab.click();
    const depth = await inWebview(
      page,
      'body[data-dl8-doc="chapter"] figure[data-dl8-hydrated="true"] input[type="range"]',
      (view) =>
        view.locator('figure[data-dl8-hydrated="true"] input[type="range"]').first().inputValue(),
    );
    expect(depth).toBe(sliderAfterMove);
    expect(
      session.hostLogs.some((l) =>
        l.includes(
          `[dl8] restoring dl8.notes, first figure {"id":"higher-order-effects","params":{"depth":${depth}`,
        ),
      ),
    ).toBe(true);
    for (const line of session.hostLogs.filter((l) => l.includes('did not load')))
      console.log(`[e2e] ${line}`);
    await shot('vscode-after-reload');
  });
});
