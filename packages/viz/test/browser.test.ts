import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@dl8/chromium';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSvg } from '../src/index.js';
import { examples } from './exampleSpecs.js';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results', 'png');
const WIDTH = 640;
const HEIGHT = 400;

// The variables VS Code sets in a webview, with values from its default themes.
const themes = {
  dark: {
    '--vscode-editor-background': '#1e1e1e',
    '--vscode-editor-foreground': '#d4d4d4',
    '--vscode-font-family': 'sans-serif',
  },
  light: {
    '--vscode-editor-background': '#ffffff',
    '--vscode-editor-foreground': '#333333',
    '--vscode-font-family': 'sans-serif',
  },
  'high-contrast': {
    '--vscode-editor-background': '#000000',
    '--vscode-editor-foreground': '#ffffff',
    '--vscode-font-family': 'sans-serif',
  },
} as const;

function page(svg: string, vars: Record<string, string>): string {
  const css = Object.entries(vars)
    .map(([k, v]) => `${k}: ${v};`)
    .join(' ');
  return `<!doctype html><html><head><style>:root { ${css} } body { margin: 0; background: var(--vscode-editor-background); }</style></head><body>${svg}</body></html>`;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('renderSvg in headless Chromium', () => {
  for (const [name, spec] of Object.entries(examples)) {
    for (const [theme, vars] of Object.entries(themes)) {
      it(`renderSvg(${name}) paints a non-blank ${WIDTH}x${HEIGHT} image in the ${theme} theme`, async () => {
        const p = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
        try {
          await p.setContent(
            page(renderSvg(spec, { width: WIDTH, height: HEIGHT, idPrefix: name }), vars),
          );
          const el = await p.$('svg');
          const png = await el!.screenshot({ type: 'png' });
          writeFileSync(join(OUT, `${name}-${theme}.png`), png);
          const img = PNG.sync.read(png);
          expect([img.width, img.height]).toEqual([WIDTH, HEIGHT]);
          // Count pixels that differ from the background (top-left corner) and distinct colours.
          const bg = img.data.readUInt32BE(0);
          let ink = 0;
          const colours = new Set<number>();
          for (let i = 0; i < img.data.length; i += 4) {
            const c = img.data.readUInt32BE(i);
            if (c !== bg) ink++;
            if (colours.size < 64) colours.add(c);
          }
          expect(ink / (WIDTH * HEIGHT)).toBeGreaterThan(0.01);
          expect(colours.size).toBeGreaterThan(8);
          // The theme's background must show through, proving the custom properties were used.
          const want = Number.parseInt(vars['--vscode-editor-background'].slice(1), 16);
          expect(bg >>> 8).toBe(want);
        } finally {
          await p.close();
        }
      }, 30_000);
    }
  }
});
