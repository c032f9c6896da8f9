import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportChapter } from '../src/node/exportChapter.js';
import { buildBrowserAssets, resultsDir } from './support/buildAssets.js';
import { launchChromium, offlineContext } from './support/chromium.js';

let browser: Browser;
let context: BrowserContext;
let blocked: string[];
let page: Page;
let file: string;
const problems: string[] = [];

beforeAll(async () => {
  const assetsDir = buildBrowserAssets('export');
  mkdirSync(resultsDir, { recursive: true });
  ({ file } = await exportChapter({ outDir: join(resultsDir, 'export'), assetsDir }));
  browser = await launchChromium();
  ({ context, blocked } = await offlineContext(browser));
  page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('figure[data-dl8-hydrated="true"]');
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(resultsDir, 'exported-page-top.png') });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Waits until figure `n` (0-based) has been redrawn more than `times` times. */
async function waitForRedraw(n: number, times: number): Promise<void> {
  await page.waitForFunction(
    ([i, t]) =>
      Number(
        document.querySelectorAll<HTMLElement>('figure.dl8-figure')[i]?.dataset['dl8Drawn'] ?? 0,
      ) > t,
    [n, times] as const,
    { timeout: 30_000 },
  );
}

describe('exportChapter() page loaded from file:// with the network blocked', () => {
  it('exportChapter() writes one self-contained file with a CSP and no remote reference', () => {
    const html = readFileSync(file, 'utf8');
    // Booleans, not toContain: a failure would otherwise print megabytes of page.
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp?.replace(/&#39;/g, "'")).toMatch(
      /^default-src 'none'; script-src 'sha256-[^']+'; worker-src blob:;/,
    );
    expect(/<(?:link|img|script|iframe)[^>]+(?:src|href)=["']?https?:/i.test(html)).toBe(false);
    expect(html.includes('data:font/woff2;base64,')).toBe(true);
  });

  it('typesets the math with KaTeX and its inlined fonts', async () => {
    expect(await page.locator('.katex').count()).toBeGreaterThan(50);
    expect(await page.locator('.dl8-equation .katex-display').count()).toBeGreaterThan(5);
    const loadedKatexFaces = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.includes('KaTeX') && f.status === 'loaded')
        .length;
    });
    expect(loadedKatexFaces).toBeGreaterThan(0);
    await page.locator('.dl8-equation[id]').first().scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 200));
    await page.screenshot({ path: join(resultsDir, 'exported-page-math.png') });
  });

  it('hydrate() gives every figure its controls', async () => {
    const figures = await page.locator('figure.dl8-figure').count();
    expect(figures).toBeGreaterThan(3);
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('figure[data-dl8-hydrated="true"] .dl8-controls').length === n,
      figures,
    );
    const unlabelled = await page.evaluate(
      () =>
        [...document.querySelectorAll('.dl8-controls input, .dl8-controls select')].filter(
          (input) => !document.querySelector(`label[for="${input.id}"]`),
        ).length,
    );
    expect(unlabelled).toBe(0);
  });

  it('moving a slider reruns the experiment and changes its chart', async () => {
    const figure = page.locator('figure.dl8-figure').first();
    const before = await figure.locator('.dl8-charts').innerHTML();
    const drawn = Number((await figure.getAttribute('data-dl8-drawn')) ?? 0);
    const slider = figure.locator('input[type="range"]').first();
    const max = await slider.getAttribute('max');
    await slider.fill(max!);
    await waitForRedraw(0, drawn);
    expect(await figure.locator('.dl8-charts').innerHTML()).not.toBe(before);
    expect(await figure.locator('.dl8-value').first().textContent()).not.toBe('');
    await figure.screenshot({ path: join(resultsDir, 'figure-after-slider.png') });
  });

  it('a heavy experiment reruns in its worker and redraws', async () => {
    const index = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('figure.dl8-figure')].findIndex(
        (f) => f.dataset['dl8Experiment'] === 'bn-running-stats',
      ),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const figure = page.locator('figure.dl8-figure').nth(index);
    const drawn = Number((await figure.getAttribute('data-dl8-drawn')) ?? 0);
    const before = await figure.locator('.dl8-charts').innerHTML();
    const slider = figure.locator('input[type="range"]').first();
    await slider.fill((await slider.getAttribute('min'))!);
    await waitForRedraw(index, drawn);
    expect(await figure.locator('.dl8-charts').innerHTML()).not.toBe(before);
    // The worker started from the inlined source under the page's CSP, not the on-page fallback.
    expect(await figure.getAttribute('data-dl8-runner')).toBe('worker');
    await figure.screenshot({ path: join(resultsDir, 'heavy-figure-after-slider.png') });
  });

  it('keyboard alone reaches a slider with Tab and changes the chart with arrow keys', async () => {
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    const figureIndex = 2;
    const target = await page
      .locator('figure.dl8-figure')
      .nth(figureIndex)
      .locator('input[type="range"]')
      .first()
      .getAttribute('id');
    let reached = false;
    for (let i = 0; i < 600 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((id) => document.activeElement?.id === id, target);
    }
    expect(reached).toBe(true);
    const drawn = Number(
      (await page.locator('figure.dl8-figure').nth(figureIndex).getAttribute('data-dl8-drawn')) ??
        0,
    );
    const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press('End');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).not.toBe(
      value,
    );
    await waitForRedraw(figureIndex, drawn);
  });

  it('Show data opens an accessible table of the plotted numbers', async () => {
    const figure = page.locator('figure.dl8-figure').first();
    await figure.locator('button[data-dl8-action="data"]').click();
    await expect
      .poll(() => figure.locator('.dl8-data table th[scope="col"]').count())
      .toBeGreaterThan(1);
    expect(
      await figure.locator('button[data-dl8-action="data"]').getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('Download CSV and SVG save the current result', async () => {
    const figure = page.locator('figure.dl8-figure').first();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      figure.locator('button[data-dl8-action="csv"]').click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      figure.locator('button[data-dl8-action="svg"]').click(),
    ]);
    const svgPath = await svg.path();
    expect(readFileSync(svgPath, 'utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('Reset returns the controls to the written parameters', async () => {
    const figure = page.locator('figure.dl8-figure').first();
    const slider = figure.locator('input[type="range"]').first();
    await figure.locator('button[data-dl8-action="reset"]').click();
    const written = JSON.parse((await figure.getAttribute('data-dl8-params'))!);
    const key = (await slider.getAttribute('name'))!;
    await expect
      .poll(() => figure.locator('.dl8-value').first().textContent())
      .toBe(String(written[key]));
  });

  it('the page requested nothing outside file: and logged no errors', async () => {
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
  });
});
