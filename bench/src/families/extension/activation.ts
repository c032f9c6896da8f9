import type { Browser, Page } from 'playwright-core';

/** Runs a command from the palette (F1), retrying until the extension host has registered it. */
export async function runCommand(page: Page, title: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    try {
      await input.waitFor({ state: 'visible', timeout: 3_000 });
      await input.fill(`>${title}`);
      const row = page
        .locator('.quick-input-list .monaco-list-row')
        .filter({ has: page.getByText(title, { exact: true }) });
      await row.first().waitFor({ state: 'visible', timeout: 3_000 });
      await row.first().click();
      return;
    } catch (error) {
      if (attempt >= 10)
        throw new Error(`command "${title}" never appeared in the palette: ${error}`);
    }
  }
}

/** What the extension logs at the end of activate(): "[dl8] activated in X ms (activate()), Y ms since ...". */
const LOG =
  /\[dl8\] activated in ([\d.]+) ms \(activate\(\)\), ([\d.]+) ms since the bundle was evaluated/;

/**
 * One activation in a fresh VS Code window (its own extension host): open the workbench, run
 * "DL8: Open Chapter Notes" (dl8 activates on it) and read the extension's own timing from the
 * host log. Returns { activate, sinceLoad } in ms.
 */
export async function activationOnce(
  browser: Browser,
  url: string,
): Promise<{ activate: number; sinceLoad: number }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    let resolveLog: (m: RegExpExecArray) => void = () => {};
    const logged = new Promise<RegExpExecArray>((r) => (resolveLog = r));
    page.on('console', (msg) => {
      const m = LOG.exec(msg.text());
      if (m) resolveLog(m);
    });
    await page.goto(url);
    await page.locator('#workbench\\.parts\\.statusbar').waitFor({ timeout: 60_000 });
    await runCommand(page, 'DL8: Open Chapter Notes');
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('no "[dl8] activated" log within 60 s')), 60_000),
    );
    const m = await Promise.race([logged, timeout]);
    return { activate: Number(m[1]), sinceLoad: Number(m[2]) };
  } finally {
    await context.close();
  }
}
