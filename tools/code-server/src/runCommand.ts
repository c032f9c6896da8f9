import type { Page } from 'playwright-core';

/** Runs a command from the palette (F1), retrying while the extension registers its commands. */
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
