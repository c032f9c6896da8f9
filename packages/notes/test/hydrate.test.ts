import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseBlock } from '@dl8/experiments';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HydrateOptions, Hydration } from '../src/hydrate/index.js';
import { renderMarkdown } from '../src/renderMarkdown.js';
import { buildBrowserAssets, resultsDir } from './support/buildAssets.js';
import { launchChromium, offlineContext } from './support/chromium.js';

declare global {
  interface Window {
    DL8Notes: { hydrate(root: ParentNode, options?: HydrateOptions): Hydration };
    hydration: Hydration;
    calls: unknown[];
  }
}

const markdown = [
  '```dl8 coordinate-descent',
  'alpha: 0.1',
  '```',
  '',
  '```dl8 bn-running-stats',
  '```',
  '',
  '```dl8 gamma-beta',
  '```',
  '',
].join('\n');

let browser: Browser;
let pageUrl: string;
let assets: string;

beforeAll(async () => {
  assets = buildBrowserAssets('hydrate');
  const { html } = await renderMarkdown(markdown);
  // A page like a webview's: the bundle loaded by URL, hydrate() called by the host page.
  const page = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="${pathToFileURL(join(assets, 'notes.css')).href}"></head><body class="dl8-page"><main class="dl8-notes">${html}</main><script src="${pathToFileURL(join(assets, 'hydrate.js')).href}"></script></body></html>`;
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, 'hydrate-api.html');
  writeFileSync(file, page);
  pageUrl = pathToFileURL(file).href;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function open(): Promise<Page> {
  const { context } = await offlineContext(browser);
  const page = await context.newPage();
  await page.goto(pageUrl);
  return page;
}

const drawn = (page: Page, n: number) =>
  page.evaluate(
    (i) => Number(document.querySelectorAll<HTMLElement>('figure')[i]!.dataset['dl8Drawn'] ?? 0),
    n,
  );

describe('hydrate(root, options) in Chromium', () => {
  it('hydrate() is idle on a page that does not ask for auto-hydration', async () => {
    const page = await open();
    expect(await page.locator('.dl8-controls').count()).toBe(0);
    expect(await page.evaluate(() => typeof window.DL8Notes.hydrate)).toBe('function');
  });

  it('hydrate(root, { onParamsChange }) reports every change with the figure index, id and params', async () => {
    const page = await open();
    await page.evaluate(() => {
      window.calls = [];
      window.hydration = window.DL8Notes.hydrate(document, {
        worker: false,
        onParamsChange: (index, id, params) => window.calls.push([index, id, params]),
      });
    });
    await page.locator('figure').nth(2).locator('select').selectOption({ index: 1 });
    const calls = (await page.evaluate(() => window.calls)) as [
      number,
      string,
      Record<string, unknown>,
    ][];
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe(2);
    expect(calls[0]![1]).toBe('gamma-beta');
    const state = await page.evaluate(() => window.hydration.getState());
    expect(state[2]).toEqual({ id: 'gamma-beta', params: calls[0]![2] });
  });

  it('hydrate(root, { initialParams }) restores saved parameters when the id matches, and redraws', async () => {
    const page = await open();
    await page.evaluate(() => {
      window.hydration = window.DL8Notes.hydrate(document, {
        worker: false,
        initialParams: {
          0: { id: 'coordinate-descent', params: { alpha: 0.5 } },
          2: { id: 'higher-order-effects', params: { depth: 3 } },
        },
      });
    });
    await expect.poll(() => drawn(page, 0)).toBeGreaterThan(0);
    const state = await page.evaluate(() => window.hydration.getState());
    expect(state[0]!.params['alpha']).toBe(0.5);
    expect(state[2]!.id).toBe('gamma-beta');
    expect(await drawn(page, 2)).toBe(0);
    expect(await page.locator('#figure-1-param-alpha').getAttribute('aria-valuetext')).toBe('0.5');
  });

  it('a log-scale slider shows the real value and moves geometrically with the keyboard', async () => {
    const page = await open();
    await page.evaluate(() => {
      window.hydration = window.DL8Notes.hydrate(document, { worker: false });
    });
    const slider = page.locator('#figure-1-param-alpha');
    await slider.focus();
    await page.keyboard.press('Home');
    const low = Number(await slider.getAttribute('aria-valuetext'));
    await page.keyboard.press('End');
    const high = Number(await slider.getAttribute('aria-valuetext'));
    const spec = (await page.evaluate(
      () => window.hydration.figures[0]!.experiment.params['alpha'],
    )) as {
      min: number;
      max: number;
    };
    expect([low, high]).toEqual([spec.min, spec.max]);
    await page.keyboard.press('Home');
    for (let i = 0; i < 200; i++) await page.keyboard.press('ArrowRight');
    const middle = Number(await slider.getAttribute('aria-valuetext'));
    expect(middle).toBeCloseTo(Math.sqrt(spec.min * spec.max), 2);
  });

  it('a heavy experiment runs in the worker built from source text', async () => {
    const page = await open();
    await page.evaluate(
      (source) => {
        window.hydration = window.DL8Notes.hydrate(document, { worker: { source } });
      },
      readFileSync(join(assets, 'worker.js'), 'utf8'),
    );
    const before = await drawn(page, 1);
    const slider = page.locator('figure').nth(1).locator('input[type="range"]').first();
    await slider.fill((await slider.getAttribute('min'))!);
    await expect.poll(() => drawn(page, 1), { timeout: 30_000 }).toBeGreaterThan(before);
    expect(await page.locator('figure').nth(1).locator('.dl8-status').textContent()).toBe(
      'Updated.',
    );
    expect(await page.locator('figure').nth(1).getAttribute('data-dl8-runner')).toBe('worker');
  });

  it('a worker that cannot start makes heavy experiments run on the page instead', async () => {
    const page = await open();
    await page.evaluate(() => {
      window.hydration = window.DL8Notes.hydrate(document, {
        worker: { source: 'throw new Error("no worker")' },
      });
    });
    const slider = page.locator('figure').nth(1).locator('input[type="range"]').first();
    await slider.fill((await slider.getAttribute('min'))!);
    await expect.poll(() => drawn(page, 1), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator('figure').nth(1).getAttribute('data-dl8-runner')).toBe('page');
  });

  it('a failed run keeps the last good chart and shows the error', async () => {
    const page = await open();
    // A worker that answers every run with an error, standing in for an experiment that crashes.
    const failing =
      'self.onmessage = (e) => self.postMessage({ type: "error", runId: e.data.runId, message: "diverged at step 3" });';
    await page.evaluate((source) => {
      window.hydration = window.DL8Notes.hydrate(document, { worker: { source } });
    }, failing);
    const charts = page.locator('figure').nth(1).locator('.dl8-charts');
    const before = await charts.innerHTML();
    const slider = page.locator('figure').nth(1).locator('input[type="range"]').first();
    await slider.fill((await slider.getAttribute('min'))!);
    const error = page.locator('figure').nth(1).locator('.dl8-run-error');
    await expect
      .poll(() => error.textContent(), { timeout: 30_000 })
      .toContain('diverged at step 3');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await charts.innerHTML()).toBe(before);
  });

  it('Copy block hands onCopy the block text, which parseBlock reads back as the current parameters', async () => {
    const page = await open();
    await page.evaluate(() => {
      window.calls = [];
      window.hydration = window.DL8Notes.hydrate(document, {
        worker: false,
        onCopy: (text) => window.calls.push(text),
      });
    });
    await page.locator('figure').first().locator('button[data-dl8-action="copy"]').click();
    const [text] = (await page.evaluate(() => window.calls)) as string[];
    expect(text).toMatch(/^```dl8 coordinate-descent\n/);
    const params = await page.evaluate(() => window.hydration.figures[0]!.getParams());
    const read = parseBlock(text!);
    expect(Object.keys(read).sort()).toEqual(Object.keys(params).sort());
    expect(Number(read['alpha'])).toBe(params['alpha']);
  });

  it('Download PNG hands onDownload a PNG of the charts', async () => {
    const page = await open();
    await page.evaluate(() => {
      window.calls = [];
      window.hydration = window.DL8Notes.hydrate(document, {
        worker: false,
        onDownload: (file) =>
          window.calls.push({ ...file, data: Array.from(file.data as Uint8Array).slice(0, 8) }),
      });
    });
    await page.locator('figure').nth(2).locator('button[data-dl8-action="png"]').click();
    await expect.poll(() => page.evaluate(() => window.calls.length), { timeout: 15_000 }).toBe(1);
    const [file] = (await page.evaluate(() => window.calls)) as {
      fileName: string;
      mimeType: string;
      data: number[];
    }[];
    expect(file).toEqual({
      fileName: 'gamma-beta.png',
      mimeType: 'image/png',
      data: [137, 80, 78, 71, 13, 10, 26, 10],
    });
  });

  it('dispose() removes every control and stops the figures', async () => {
    const page = await open();
    await page.evaluate(() => {
      window.hydration = window.DL8Notes.hydrate(document, { worker: false });
    });
    expect(await page.locator('.dl8-panel').count()).toBe(3);
    await page.evaluate(() => window.hydration.dispose());
    expect(await page.locator('.dl8-panel').count()).toBe(0);
    expect(await page.locator('figure[data-dl8-hydrated]').count()).toBe(0);
  });
});
