// The panel page in headless Chromium with a stubbed acquireVsCodeApi: the test plays the host.
import { join } from 'node:path';
import { launchChromium } from '@dl8/chromium';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HostToWebview, RenderSettings, WebviewToHost } from '../../src/shared/protocol.js';
import { ensureBuilt } from '../support/ensureBuilt.js';
import { resultsDir } from '../support/paths.js';
import { type PageServer, startPageServer } from '../support/webviewPageServer.js';

let server: PageServer;
let browser: Browser;
let page: Page;

const settings: RenderSettings = { seed: 1, numberEquations: true };
const notes = `# Own notes

Euler: $e^{i\\pi} + 1 = 0$.

$$
\\hat y = x w_1 w_2 \\cdots w_l \\label{eq:y}
$$

\`\`\`dl8 higher-order-effects
depth: 4
\`\`\`
`;
const markdownDoc: HostToWebview = {
  type: 'render',
  doc: { kind: 'markdown', uri: 'file:///ws/notes.md', title: 'notes.md', markdown: notes },
  settings,
};

// The stub keeps setState in sessionStorage, so a reload hands the state back as VS Code does.
const stub = () => {
  const w = window as unknown as Record<string, unknown>;
  const posted: unknown[] = [];
  const violations: string[] = [];
  w.__dl8Posted = posted;
  w.__dl8Violations = violations;
  document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
  // Count the workers the page starts (heavy experiments run in one).
  const RealWorker = window.Worker;
  w.__dl8Workers = 0;
  w.Worker = class extends RealWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      w.__dl8Workers = (w.__dl8Workers as number) + 1;
    }
  };
  w.acquireVsCodeApi = () => ({
    postMessage: (m: unknown) => posted.push(m),
    getState: () => JSON.parse(sessionStorage.getItem('dl8-state') ?? 'null'),
    setState: (s: unknown) => sessionStorage.setItem('dl8-state', JSON.stringify(s)),
  });
};

const posted = () =>
  page.evaluate(() => (window as unknown as { __dl8Posted: WebviewToHost[] }).__dl8Posted);
const send = (message: unknown) => page.evaluate((m) => window.postMessage(m, '*'), message);
const savedState = () =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('dl8-state') ?? 'null'));

async function renderAndWait(message: unknown): Promise<void> {
  const before = (await posted()).filter((m) => m.type === 'rendered').length;
  await send(message);
  await expect
    .poll(async () => (await posted()).filter((m) => m.type === 'rendered').length, {
      timeout: 30_000,
    })
    .toBe(before + 1);
}

beforeAll(async () => {
  await ensureBuilt();
  server = await startPageServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await browser.newPage();
  await page.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  await page.addInitScript(stub);
  await page.goto(server.url);
  await expect.poll(posted).toContainEqual({ type: 'ready' });
});

afterEach(async () => {
  await page?.close();
});

const violations = () =>
  page.evaluate(() => (window as unknown as { __dl8Violations: string[] }).__dl8Violations);

describe('the panel page (webview.js) in Chromium', () => {
  it('a render message typesets the math and hydrates every experiment', async () => {
    await renderAndWait(markdownDoc);
    const figure = page.locator('figure[data-dl8-experiment="higher-order-effects"]');
    await expect.poll(() => figure.getAttribute('data-dl8-hydrated')).toBe('true');
    await expect
      .poll(() => figure.locator('.dl8-chart svg').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await page.locator('.katex').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.katex-display .katex-html').count()).toBe(1);
    expect(await figure.locator('input[type="range"]').count()).toBeGreaterThan(0);
    const rendered = (await posted()).find((m) => m.type === 'rendered');
    expect(rendered).toMatchObject({ type: 'rendered', kind: 'markdown', figures: 1, issues: 0 });
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter(
        (f) => f.family.startsWith('KaTeX') && f.status === 'loaded',
      ).length;
    });
    expect(fonts).toBeGreaterThan(1);
    // Styles, KaTeX fonts and inline style attributes all pass the CSP; only the planted script fails.
    expect(await violations()).toEqual(['script-src-elem']);
    await page.screenshot({ path: join(resultsDir, 'webview-page.png'), fullPage: true });
  });

  it('moving a slider reruns the experiment, redraws the chart and saves the parameters', async () => {
    await renderAndWait(markdownDoc);
    const figure = page.locator('figure[data-dl8-hydrated="true"]');
    await expect
      .poll(() => figure.getAttribute('data-dl8-drawn'), { timeout: 30_000 })
      .not.toBeNull();
    const before = await figure.locator('.dl8-charts').innerHTML();
    const drawn = Number(await figure.getAttribute('data-dl8-drawn'));
    const slider = figure.locator('input[type="range"]').first();
    await slider.focus();
    await slider.press('ArrowRight');
    await expect
      .poll(async () => Number(await figure.getAttribute('data-dl8-drawn')), { timeout: 30_000 })
      .toBeGreaterThan(drawn);
    expect(await figure.locator('.dl8-charts').innerHTML()).not.toBe(before);
    await expect.poll(async () => (await savedState())?.figures?.[0]?.params?.depth).toBe(5);
  });

  it('the state round-trips: after a reload the same document comes back with its parameters', async () => {
    await renderAndWait(markdownDoc);
    const slider = page.locator('figure[data-dl8-hydrated="true"] input[type="range"]').first();
    await slider.focus();
    await slider.press('ArrowRight');
    await slider.press('ArrowRight');
    await expect.poll(async () => (await savedState())?.figures?.[0]?.params?.depth).toBe(6);
    const saved = await savedState();
    expect(saved.doc).toEqual({ kind: 'markdown', uri: 'file:///ws/notes.md' });

    await page.reload();
    await expect.poll(posted).toContainEqual({ type: 'ready' });
    await renderAndWait(markdownDoc);
    const restored = page.locator('figure[data-dl8-hydrated="true"] input[type="range"]').first();
    await expect.poll(() => restored.inputValue()).toBe(await slider.inputValue());
    expect((await savedState()).figures[0].params.depth).toBe(6);
  });

  it('a re-render of the same document (typing in the file) keeps the chosen parameters', async () => {
    await renderAndWait(markdownDoc);
    const slider = page.locator('figure[data-dl8-hydrated="true"] input[type="range"]').first();
    await slider.focus();
    await slider.press('ArrowRight');
    await expect.poll(async () => (await savedState())?.figures?.[0]?.params?.depth).toBe(5);
    const edited = structuredClone(markdownDoc) as Extract<HostToWebview, { type: 'render' }>;
    if (edited.doc.kind === 'markdown')
      edited.doc.markdown = edited.doc.markdown.replace('Own notes', 'Own notes, edited');
    await renderAndWait(edited);
    expect(await page.locator('h1').first().textContent()).toContain('edited');
    expect((await savedState()).figures[0].params.depth).toBe(5);
  });

  it('an inline script without the nonce is blocked by the CSP while the nonce script runs', async () => {
    expect(
      await page.evaluate(() => (window as unknown as { __dl8InlineRan?: boolean }).__dl8InlineRan),
    ).toBeUndefined();
    expect(await violations()).toEqual(['script-src-elem']);
    expect(await posted()).toContainEqual({ type: 'ready' }); // webview.js, loaded by nonce, ran
  });

  it('a malformed message is dropped without rendering', async () => {
    await send({ type: 'render', doc: { kind: 'chapter' } }); // no settings
    await send({
      type: 'render',
      doc: { kind: 'chapter' },
      settings: { seed: 'x', numberEquations: true },
    });
    await page.waitForTimeout(300);
    expect((await posted()).filter((m) => m.type !== 'ready')).toEqual([]);
    expect(await page.locator('article').count()).toBe(0);
  });

  it('an experiment document shows its title, summary and live figure', async () => {
    await renderAndWait({
      type: 'render',
      doc: { kind: 'experiment', experimentId: 'gamma-beta' },
      settings,
    });
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await expect
      .poll(() => page.locator('figure[data-dl8-experiment="gamma-beta"] .dl8-chart svg').count(), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
  });

  it('a heavy experiment runs in a Web Worker started from the fetched worker bundle', async () => {
    await renderAndWait({
      type: 'render',
      doc: { kind: 'experiment', experimentId: 'optimizer-race' },
      settings,
    });
    const figure = page.locator('figure[data-dl8-experiment="optimizer-race"]');
    await expect
      .poll(() => figure.locator('.dl8-chart svg').count(), { timeout: 60_000 })
      .toBeGreaterThan(0);
    expect(
      await page.evaluate(() => (window as unknown as { __dl8Workers: number }).__dl8Workers),
    ).toBeGreaterThan(0);
    expect(await violations()).toEqual(['script-src-elem']); // the worker passed the CSP
    expect(await figure.locator('.dl8-run-error').isHidden()).toBe(true);
  });

  it('the outline names headings with their math typeset, not as TeX source', async () => {
    await renderAndWait({
      type: 'render',
      doc: {
        kind: 'markdown',
        uri: 'file:///ws/o.md',
        title: 'o.md',
        markdown: '# Scale $\\gamma$ and shift $\\beta$\n\ntext\n\n## Second\n\nmore\n',
      },
      settings,
    });
    const links = await page.locator('.dl8-outline a').allTextContents();
    expect(links).toEqual(['Scale γ and shift β', 'Second']);
  });

  it('clicking an outline entry scrolls its heading into view and the place is saved', async () => {
    const filler = Array.from({ length: 80 }, (_, i) => `Paragraph ${i}.`).join('\n\n');
    await renderAndWait({
      type: 'render',
      doc: {
        kind: 'markdown',
        uri: 'file:///ws/long.md',
        title: 'long.md',
        markdown: `# Top\n\n${filler}\n\n## Far down\n\nend\n`,
      },
      settings,
    });
    await page.locator('.dl8-outline a', { hasText: 'Far down' }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await expect
      .poll(async () => (await savedState()).scrollY, { timeout: 5_000 })
      .toBeGreaterThan(500);
  });

  it('an unknown experiment id renders an explained error instead of failing the page', async () => {
    await renderAndWait({
      type: 'render',
      doc: { kind: 'experiment', experimentId: 'no-such-thing' },
      settings,
    });
    expect(await page.locator('article').textContent()).toContain('no-such-thing');
    const rendered = (await posted()).find((m) => m.type === 'rendered');
    expect(rendered).toMatchObject({ figures: 0 });
    expect((rendered as { issues: number }).issues).toBeGreaterThan(0);
  });
});
