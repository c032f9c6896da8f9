import { runCommand } from '@dl8/code-server';
import type { Browser, Page } from 'playwright-core';

/** What the extension logs at the end of activate(): "[dl8] activated in X ms (activate()), Y ms since ...". */
const LOG =
  /\[dl8\] activated in ([\d.]+) ms \(activate\(\)\), ([\d.]+) ms since the bundle was evaluated/;

/** What the host logs when the webview reports its render: "[dl8] rendered chapter: 9 figures, 0 issues, 812 ms". */
const RENDERED = /\[dl8\] rendered chapter: \d+ figures, \d+ issues, (\d+) ms/;

/** Resolves with the first console line of `page` matching `pattern`, or rejects after 120 s. */
function waitForLog(page: Page, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no log line ${pattern} within 120 s`)),
      120_000,
    );
    page.on('console', (msg) => {
      const m = pattern.exec(msg.text());
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
  });
}

/**
 * One activation in a fresh VS Code window (its own extension host): open the workbench, run
 * "DL8: Open Chapter Notes" (dl8 activates on it) and read the extension's own timing from the
 * host log, the webview's render time of the chapter as the host logs it, and the activation
 * time VS Code itself reports in "Developer: Show Running Extensions". All in ms.
 */
export async function activationOnce(
  browser: Browser,
  url: string,
): Promise<{ vscode: number; activate: number; sinceLoad: number; render: number }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    const activated = waitForLog(page, LOG);
    const rendered = waitForLog(page, RENDERED);
    // a rejection is read below; until then it must not count as unhandled
    activated.catch(() => {});
    rendered.catch(() => {});
    await page.goto(url);
    await page.locator('#workbench\\.parts\\.statusbar').waitFor({ timeout: 60_000 });
    await runCommand(page, 'DL8: Open Chapter Notes');
    const a = await activated;
    const r = await rendered;
    return {
      vscode: await reportedActivation(page),
      activate: Number(a[1]),
      sinceLoad: Number(a[2]),
      render: Number(r[1]),
    };
  } finally {
    await context.close();
  }
}

/** dl8's "Activation: N ms" in VS Code's Running Extensions editor (its list is virtualized: a tall viewport shows every row). */
async function reportedActivation(page: Page): Promise<number> {
  await page.setViewportSize({ width: 1400, height: 4000 });
  await runCommand(page, 'Developer: Show Running Extensions');
  const row = page
    .locator('.runtime-extensions-editor .monaco-list-row')
    .filter({ hasText: 'dl8' });
  await row.first().waitFor({ timeout: 30_000 });
  const text = ((await row.first().textContent()) ?? '').replace(/\s+/g, ' ');
  const m = /Activation: (\d+)\s?ms/.exec(text);
  if (!m) throw new Error(`Running Extensions shows no activation time for dl8: ${text}`);
  return Number(m[1]);
}
