import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/renderMarkdown.js';
import { resultsDir } from './support/buildAssets.js';
import { launchChromium, offlineContext } from './support/chromium.js';
import { hostileCorpus } from './support/hostileCorpus.js';

/** Every start tag of the output: its name and its attributes, as an HTML tokenizer reads them. */
function startTags(html: string): { name: string; raw: string; attributes: [string, string][] }[] {
  const tags = [
    ...html.matchAll(
      /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g,
    ),
  ];
  return tags.map((m) => ({
    name: m[1]!.toLowerCase(),
    raw: m[0],
    attributes: [
      ...m[2]!.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g),
    ].map(
      (a) =>
        [
          a[1]!.toLowerCase(),
          (a[2] ?? a[3] ?? a[4] ?? '').replace(/&#x?[0-9a-f]+;|&[a-z]+;/gi, ''),
        ] as [string, string],
    ),
  }));
}

const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'form',
  'base',
  'meta',
  'link',
  'img',
  'details',
  'body',
  'style',
]);

describe('renderMarkdown(hostile input)', () => {
  it('startTags(raw hostile html) does see handlers and bad URLs, so the checks below can fail', () => {
    const tags = startTags(
      '<a href="javascript:x" onclick="y">a</a><span title="onclick=z">b</span>',
    );
    expect(tags.map((t) => t.attributes.map(([name]) => name))).toEqual([
      ['href', 'onclick'],
      ['title'],
    ]);
  });

  it.each(hostileCorpus)(
    'renderMarkdown($name) contains no live markup from the input',
    async ({ markdown }) => {
      const { html } = await renderMarkdown(markdown);
      for (const tag of startTags(html)) {
        expect(FORBIDDEN_TAGS.has(tag.name), tag.raw).toBe(false);
        for (const [name, value] of tag.attributes) {
          expect(name.startsWith('on'), tag.raw).toBe(false);
          if (['href', 'src', 'action', 'data', 'xlink:href', 'formaction'].includes(name)) {
            expect(value.trim(), tag.raw).toMatch(/^(?:https?:\/\/|mailto:|#)/);
          }
        }
      }
      for (const href of html.matchAll(/href="([^"]*)"/g))
        expect(href[1]).toMatch(/^(?:https?:\/\/|mailto:|#)/);
    },
  );

  it('renderMarkdown(the whole corpus) runs no script in headless Chromium, even without a CSP', async () => {
    const body = (await Promise.all(hostileCorpus.map((c) => renderMarkdown(c.markdown))))
      .map((r) => r.html)
      .join('\n<hr>\n');
    // No Content-Security-Policy on purpose: the rendered HTML must be inert by itself.
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>hostile</title></head><body>${body}</body></html>`;
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, 'hostile.html');
    writeFileSync(file, page);
    const browser = await launchChromium();
    try {
      const { context } = await offlineContext(browser);
      const tab = await context.newPage();
      const fired: string[] = [];
      tab.on('dialog', (dialog) => {
        fired.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      tab.on('console', (message) => {
        if (message.text().includes('XSS-MARKER')) fired.push(`console: ${message.text()}`);
      });
      await tab.goto(pathToFileURL(file).href);
      // Give event handlers their chance: hover, focus and click everything that can take it.
      // (KaTeX's own spans are skipped: thousands of them, and the DOM check below covers them.)
      for (const element of await tab.locator('body *:not(.katex *)').all()) {
        await element.hover({ timeout: 200, force: true }).catch(() => undefined);
      }
      for (const link of await tab.locator('a').all()) {
        await link.click({ timeout: 500, modifiers: ['Control'] }).catch(() => undefined);
      }
      await tab.waitForTimeout(300);
      const live = await tab.evaluate(() => ({
        scripts: document.querySelectorAll(
          'script, iframe, object, embed, img, form, base, meta[http-equiv]',
        ).length,
        handlers: [...document.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => a.name.startsWith('on')),
        ).length,
        badUrls: [...document.querySelectorAll('[href], [src]')]
          .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
          .filter((url) => !/^(?:https?:\/\/|mailto:|#)/.test(url)),
      }));
      expect(fired).toEqual([]);
      expect(live).toEqual({ scripts: 0, handlers: 0, badUrls: [] });
    } finally {
      await browser.close();
    }
  });
});
