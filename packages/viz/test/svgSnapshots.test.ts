import { describe, expect, it } from 'vitest';
import { renderSvg } from '../src/index.js';
import { examples } from './exampleSpecs.js';
import { parseSvg } from './parseSvg.js';
import { matchSnapshot, normalizeSvg } from './snapshot.js';

describe('renderSvg snapshots', () => {
  for (const [name, spec] of Object.entries(examples)) {
    it(`renderSvg(${name}) matches svg/${name}.svg after normalizing numbers and ids`, () => {
      matchSnapshot(`svg/${name}.svg`, renderSvg(spec, { idPrefix: `snap-${name}` }), 'svg');
    });

    it(`renderSvg(${name}) is well-formed XML with role="img", a title and a desc`, () => {
      const svg = renderSvg(spec, { idPrefix: name });
      const doc = parseSvg(svg);
      const root = doc.documentElement!;
      expect(root.nodeName).toBe('svg');
      expect(root.getAttribute('role')).toBe('img');
      expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      const title = root.getElementsByTagName('title')[0];
      const desc = root.getElementsByTagName('desc')[0];
      expect(title?.textContent).toBe(spec.title);
      expect(desc?.textContent?.length ?? 0).toBeGreaterThan(20);
      const ids = [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
      expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    });
  }

  it('renderSvg(spec, { idPrefix }) is deterministic and prefixes every id', () => {
    const a = renderSvg(examples.contour!, { idPrefix: 'fig7' });
    expect(renderSvg(examples.contour!, { idPrefix: 'fig7' })).toBe(a);
    const ids = [...a.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(2);
    for (const id of ids) expect(id.startsWith('fig7')).toBe(true);
    expect(normalizeSvg(renderSvg(examples.contour!, { idPrefix: 'other' }))).toBe(normalizeSvg(a));
  });

  it('renderSvg(spec, { width, height }) sets the size and viewBox', () => {
    const svg = renderSvg(examples.bar!, { width: 300, height: 200 });
    expect(svg).toMatch(/^<svg[^>]* width="300" height="200" viewBox="0 0 300 200"/);
  });

  it('renderSvg colours come from CSS custom properties with VS Code and plain fallbacks', () => {
    const svg = renderSvg(examples.line!);
    expect(svg).toContain('var(--dl8-fg, var(--vscode-editor-foreground, #222))');
    expect(svg).toContain('var(--dl8-bg, var(--vscode-editor-background, #fff))');
    expect(svg).toContain('var(--dl8-series-0, #4477AA)');
  });
});
