import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HydrateOptions, Hydration } from '../src/hydrate/index.js';
import { renderMarkdown } from '../src/renderMarkdown.js';
import { buildBrowserAssets, resultsDir } from './support/buildAssets.js';
import { launchChromium, offlineContext } from './support/chromium.js';

declare global {
  interface Window {
    DL8Notes: { hydrate(root: ParentNode, options?: HydrateOptions): Hydration };
  }
}

// Legends with long names (optimizer-race: "SGD + momentum"); at depth 1 higher-order-effects has
// a one-row, two-column table ("Order-k terms of the change") much narrower than its caption.
const markdown = [
  '```dl8 optimizer-race',
  '```',
  '',
  '```dl8 higher-order-effects',
  'depth: 1',
  '```',
  '',
].join('\n');

let browser: Browser;
let pageUrl: string;

beforeAll(async () => {
  const assets = buildBrowserAssets('page-styles');
  const { html } = await renderMarkdown(markdown);
  // A contents list as standalonePage writes it: two sections, two headings each, one subheading each.
  const items = [1, 2]
    .flatMap((s) => [
      `<li class="dl8-toc-1"><a href="#s${s}">Section ${s}</a></li>`,
      ...[1, 2].flatMap((h) => [
        `<li class="dl8-toc-2"><a href="#s${s}-${h}">Heading ${s}.${h}</a></li>`,
        `<li class="dl8-toc-3"><a href="#s${s}-${h}-1">Subheading ${s}.${h}.1</a></li>`,
      ]),
    ])
    .join('');
  const toc = `<nav class="dl8-toc" aria-label="Contents"><h2 class="dl8-toc-title">Contents</h2><ol>${items}</ol></nav>`;
  const page = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="${pathToFileURL(join(assets, 'notes.css')).href}"></head><body class="dl8-page dl8-has-toc">${toc}<main class="dl8-notes">${html}</main><script src="${pathToFileURL(join(assets, 'hydrate.js')).href}"></script></body></html>`;
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, 'page-styles.html');
  writeFileSync(file, page);
  pageUrl = pathToFileURL(file).href;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function open(reducedMotion: 'reduce' | 'no-preference' = 'no-preference'): Promise<Page> {
  const { context } = await offlineContext(browser);
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion });
  await page.goto(pageUrl);
  await page.evaluate(() => window.DL8Notes.hydrate(document, { worker: false }));
  await page.waitForFunction(() =>
    [...document.querySelectorAll('figure')].every((f) => f.hasAttribute('data-dl8-hydrated')),
  );
  return page;
}

describe('notes.css contents list', () => {
  it('on a narrow page the contents list shows sections and main headings only, in columns', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(pageUrl);
    const toc = await page.evaluate(() => {
      const nav = document.querySelector<HTMLElement>('nav.dl8-toc')!;
      const shown = (c: string) =>
        [...nav.querySelectorAll<HTMLElement>(`.${c}`)].filter((e) => e.offsetHeight > 0).length;
      return {
        columns: getComputedStyle(nav.querySelector('ol')!).columnCount,
        level1: shown('dl8-toc-1'),
        level2: shown('dl8-toc-2'),
        level3: shown('dl8-toc-3'),
      };
    });
    expect(toc).toEqual({ columns: '2', level1: 2, level2: 4, level3: 0 });
    await page.setViewportSize({ width: 1280, height: 900 });
    const wide = await page.evaluate(
      () => document.querySelectorAll<HTMLElement>('nav.dl8-toc .dl8-toc-3')[0]!.offsetHeight,
    );
    expect(wide).toBeGreaterThan(0);
  });
});

describe('notes.css on a hydrated page in Chromium', () => {
  it('chart legends keep the chart font weight, so every name fits inside its legend box', async () => {
    const page = await open();
    const legends = await page.evaluate(() =>
      [...document.querySelectorAll<SVGGElement>('figure svg g.dl8-legend')].map((g) => {
        const box = g.querySelector('rect')!.getBBox();
        return {
          weight: getComputedStyle(g.querySelector('text')!).fontWeight,
          overflow: Math.max(
            ...[...g.querySelectorAll('text')].map((t) => {
              const b = t.getBBox();
              return b.x + b.width - (box.x + box.width);
            }),
          ),
        };
      }),
    );
    expect(legends.length).toBeGreaterThan(2);
    for (const l of legends) {
      expect(l.weight).toBe('400');
      expect(l.overflow).toBeLessThanOrEqual(0);
    }
    // The controls' own <legend> ("Parameters") is still bold.
    const controls = page.locator('legend.dl8-legend').first();
    expect(await controls.evaluate((e) => getComputedStyle(e).fontWeight)).toBe('600');
  });

  it('no chart text runs past the left or right edge of its chart', async () => {
    const page = await open();
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('figure .dl8-chart > svg')].flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
          })
          .map((t) => t.textContent);
      }),
    );
    expect(outside).toEqual([]);
  });

  it('a busy figure fades its charts without a transition when the reader asks for reduced motion', async () => {
    const duration = async (page: Page) =>
      page.evaluate(() => {
        const fig = document.querySelector('figure')!;
        fig.classList.add('dl8-busy');
        return getComputedStyle(fig.querySelector('.dl8-charts')!).transitionDuration;
      });
    expect(await duration(await open('no-preference'))).toBe('0.2s');
    expect(await duration(await open('reduce'))).toBe('0s');
  });

  it('"Show data" tables are wide enough that their captions are not stacked a word a line', async () => {
    const page = await open();
    const fig = page.locator('figure').nth(1);
    await fig.getByRole('button', { name: 'Show data' }).click();
    const lines = await fig.evaluate((f) =>
      [...f.querySelectorAll('.dl8-data caption')].map((c) => {
        const lineHeight = Number.parseFloat(getComputedStyle(c).lineHeight);
        return Math.round(c.getBoundingClientRect().height / lineHeight);
      }),
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const n of lines) expect(n).toBeLessThanOrEqual(2);
  });
});
