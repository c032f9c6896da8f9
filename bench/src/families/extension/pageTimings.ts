import type { Page } from 'playwright-core';

/**
 * In the page, after a fresh load: the first contentful paint, and the time (from navigation
 * start) when every experiment figure has been hydrated (its controls are live), in ms.
 */
export async function loadTimings(
  page: Page,
  url: string,
): Promise<{ paint: number; live: number }> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(
    () => {
      const figures = document.querySelectorAll('figure[data-dl8-experiment]');
      return (
        figures.length > 0 &&
        [...figures].every((f) => (f as HTMLElement).dataset['dl8Hydrated'] === 'true')
      );
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return { paint, live: performance.now() };
  });
}

/**
 * Moves the first range input of figure `index` to `fraction` of its range (an `input` event,
 * as a drag fires), waits for the figure's redraw counter (data-dl8-drawn) to move and then for
 * the next animation frame (the one that paints the new chart); returns that latency in ms.
 */
export function sliderToRedraw(page: Page, index: number, fraction: number): Promise<number> {
  return page.evaluate(
    async ([i, f]) => {
      const figure = document.querySelectorAll<HTMLElement>('figure[data-dl8-experiment]')[i]!;
      const range = figure.querySelector<HTMLInputElement>('input[type="range"]')!;
      const before = figure.dataset['dl8Drawn'] ?? '0';
      const redrawn = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if ((figure.dataset['dl8Drawn'] ?? '0') !== before) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(figure, { attributes: true, attributeFilter: ['data-dl8-drawn'] });
      });
      const start = performance.now();
      const lo = Number(range.min);
      const hi = Number(range.max);
      range.value = String(lo + f * (hi - lo));
      range.dispatchEvent(new Event('input', { bubbles: true }));
      await redrawn;
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - start;
    },
    [index, fraction] as const,
  );
}
