import { launchChromium } from '@dl8/chromium';
import { getExperiment } from '@dl8/experiments';
import type { Browser, Page } from 'playwright-core';
import type { FamilyContext } from '../../harness/family.js';
import { measureReported } from '../../harness/measure.js';
import type { Row } from '../../harness/row.js';
import { exportNotesPage } from './notesPage.js';
import { loadTimings, sliderToRedraw } from './pageTimings.js';

/** First paint, hydration and slider-to-redraw of the exported chapter page in headless Chromium. */
export async function webviewBenches(ctx: FamilyContext): Promise<void> {
  let browser: Browser | undefined;
  try {
    const page = await exportNotesPage();
    ctx.info['notes page'] = `exported chapter, ${page.bytes} bytes`;
    browser = await launchChromium();
    const tab = await browser.newPage();
    // Nothing leaves the machine: the exported page needs no request beyond its own file.
    await tab.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort(),
    );
    await ctx.bench('webview.first-render', () => firstRender(ctx, tab, page.url));
    await ctx.bench('webview.slider-redraw', () => sliderRedraw(ctx, tab, page.url));
  } finally {
    await browser?.close();
  }
}

async function firstRender(ctx: FamilyContext, tab: Page, url: string): Promise<Row[]> {
  const { paint, live } = await measureReported(() => loadTimings(tab, url), ctx.options);
  const common = { family: 'extension', unit: 'ms' as const, anchors: [], targets: [] };
  const notes = ['timed in the page from navigation start; a fresh load per run'];
  return [
    {
      ...common,
      id: 'webview.first-paint',
      name: 'notes page first contentful paint',
      dl8: paint,
      notes,
    },
    { ...common, id: 'webview.hydrated', name: 'notes page: all figures live', dl8: live, notes },
  ];
}

async function sliderRedraw(ctx: FamilyContext, tab: Page, url: string): Promise<Row> {
  await loadTimings(tab, url);
  const ids = await tab.$$eval('figure[data-dl8-experiment]', (figures) =>
    figures.map(
      (f) =>
        [
          (f as HTMLElement).dataset['dl8Experiment'] ?? '',
          f.querySelector('input[type="range"]') !== null,
        ] as const,
    ),
  );
  const index = ids.findIndex(([id, hasRange]) => hasRange && !getExperiment(id).heavy);
  if (index < 0) throw new Error('the notes page has no light experiment figure with a slider');
  const id = ids[index]![0];
  let turn = 0;
  const { latency } = await measureReported(
    async () => ({ latency: await sliderToRedraw(tab, index, turn++ % 2 === 0 ? 0.25 : 0.75) }),
    { ...ctx.options, warmup: 2, runs: 21 },
  );
  return {
    family: 'extension',
    id: 'webview.slider-redraw',
    name: `slider-to-redraw (${id})`,
    unit: 'ms',
    dl8: latency,
    anchors: [],
    targets: [{ label: '<= 50 ms', of: 'value', op: '<=', value: 50 }],
    notes: ['input event -> figure redrawn -> next animation frame, timed in the page'],
  };
}
