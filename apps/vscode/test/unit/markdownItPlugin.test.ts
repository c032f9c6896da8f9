import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import {
  dl8MarkdownItPlugin,
  isDl8Fence,
  type MarkdownItLike,
} from '../../src/host/markdownItPlugin.js';

function render(markdown: string, seed = 4): string {
  const md = new MarkdownIt();
  dl8MarkdownItPlugin(md as unknown as MarkdownItLike, () => ({ seed, numberEquations: false }));
  return md.render(markdown);
}

describe('dl8MarkdownItPlugin', () => {
  it('dl8MarkdownItPlugin turns a dl8 fence into a placeholder carrying the block and settings', () => {
    const html = render('```dl8 gamma-beta\nlr: 0.1\n```\n');
    const div = new DOMParserLike(html);
    expect(div.attr('class')).toBe('dl8-md-block');
    expect(div.attr('data-dl8-info')).toBe('dl8 gamma-beta');
    expect(div.attr('data-dl8-source')).toBe('lr: 0.1\n');
    expect(div.attr('data-dl8-seed')).toBe('4');
    expect(div.attr('data-dl8-number-equations')).toBe('false');
    expect(html).toContain(
      '<pre class="dl8-md-source"><code>```dl8 gamma-beta\nlr: 0.1\n```</code></pre>',
    );
  });

  it('dl8MarkdownItPlugin leaves other fences to the renderer it found', () => {
    expect(render('```js\nlet x = 1;\n```\n')).toBe(
      new MarkdownIt().render('```js\nlet x = 1;\n```\n'),
    );
  });

  it('dl8MarkdownItPlugin escapes hostile block text in attributes and in the fallback', () => {
    const html = render('```dl8 x" onload="alert(1)\n<script>alert(2)</script>\n```\n');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/\sonload="/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('isDl8Fence accepts `dl8` and `dl8 <id>` only', () => {
    expect(isDl8Fence('dl8 gamma-beta')).toBe(true);
    expect(isDl8Fence(' dl8')).toBe(true);
    expect(isDl8Fence('dl8x')).toBe(false);
    expect(isDl8Fence('python')).toBe(false);
  });
});

/** Reads the attributes of the first element of an HTML string (enough for one placeholder). */
class DOMParserLike {
  private readonly tag: string;
  constructor(html: string) {
    this.tag = /^<div[^>]*>/.exec(html)?.[0] ?? '';
  }
  attr(name: string): string | undefined {
    const raw = new RegExp(`\\s${name}="([^"]*)"`).exec(this.tag)?.[1];
    return raw
      ?.replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
  }
}
