import { launchChromium } from '@dl8/chromium';
import type { Browser, BrowserContext } from 'playwright-core';

export { launchChromium };

/** A context in which every request that is not file: is aborted; the aborted URLs are collected. */
export async function offlineContext(
  browser: Browser,
): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return { context, blocked };
}
