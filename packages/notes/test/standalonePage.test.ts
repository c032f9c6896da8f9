import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64, cspHash } from '../src/standalone/base64.js';
import { inlineScript } from '../src/standalone/inlineScript.js';
import { katexCssWithFonts, katexFontFiles } from '../src/standalone/katexCssWithFonts.js';
import { sha256 } from '../src/standalone/sha256.js';
import { standalonePage } from '../src/standalone/standalonePage.js';
import { utf8 } from '../src/standalone/utf8.js';

describe('sha256, base64, utf8', () => {
  it('sha256(bytes) equals node:crypto for any input, including block boundaries', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 255);
      expect(Buffer.from(sha256(bytes)).toString('hex')).toBe(
        createHash('sha256').update(bytes).digest('hex'),
      );
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Buffer.from(sha256(bytes)).toString('hex')).toBe(
          createHash('sha256').update(bytes).digest('hex'),
        );
      }),
    );
  });

  it('base64(bytes) and utf8(text) equal Buffer for any input', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 100 }),
        fc.string({ unit: 'grapheme' }),
        (bytes, text) => {
          expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
          expect(Buffer.from(utf8(text)).toString('utf8')).toBe(text);
        },
      ),
    );
  });

  it("cspHash(text) is the 'sha256-...' source of the UTF-8 text", () => {
    const text = 'console.log("é")';
    expect(cspHash(text)).toBe(
      `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`,
    );
  });
});

describe('inlineScript()', () => {
  it('inlineScript(code with </script) escapes every closing tag', () => {
    expect(inlineScript('a="</script>";b="</SCRIPT"')).toBe('a="<\\/script>";b="<\\/SCRIPT"');
  });

  it('inlineScript(code with <!--) throws', () => {
    expect(() => inlineScript('x="<!--"')).toThrow(/<!--/);
  });
});

describe('katexCssWithFonts()', () => {
  const css =
    '@font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2"),url(fonts/KaTeX_AMS-Regular.woff) format("woff")}.katex{color:red}';

  it('katexCssWithFonts(css, url) keeps only the woff2 source, at the URL given', () => {
    expect(katexCssWithFonts(css, (f) => `data:font/woff2;base64,${f}`)).toBe(
      '@font-face{font-family:KaTeX_AMS;src:url(data:font/woff2;base64,KaTeX_AMS-Regular.woff2) format("woff2")}.katex{color:red}',
    );
    expect(katexFontFiles(css)).toEqual(['KaTeX_AMS-Regular.woff2']);
  });

  it('katexCssWithFonts(a face without woff2) throws', () => {
    expect(() => katexCssWithFonts('@font-face{src:url(fonts/KaTeX_X.ttf)}', (f) => f)).toThrow(
      /without a woff2/,
    );
  });
});

describe('standalonePage()', () => {
  const input = {
    title: 'T <&>',
    bodyHtml: '<p>body</p>',
    toc: [{ level: 1, id: 'a', text: 'A heading', html: 'A <em>heading</em>' }],
    katexCss: '.katex{}',
    notesCss: '.dl8{}',
    hydrateScript: 'window.x = "</script>";',
    workerScript: 'self.onmessage = null;',
  };

  it('standalonePage(input) allows exactly its inline script and style by hash, and nothing remote', () => {
    const html = standalonePage(input);
    const csp = /content="([^"]+)"/.exec(html)![1]!.replace(/&#39;/g, "'");
    const script = 'window.x = "<\\/script>";';
    const style = '\n.katex{}\n.dl8{}\n';
    expect(csp).toBe(
      [
        "default-src 'none'",
        `script-src ${cspHash(script)}`,
        'worker-src blob:',
        `style-src ${cspHash(style)}`,
        "style-src-attr 'unsafe-inline'",
        'font-src data:',
        'img-src data: blob:',
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; '),
    );
    expect(html).toContain(`<script>${script}</script>`);
    expect(html).toContain(`<style>${style}</style>`);
    expect(html).toContain(
      '<script type="text/plain" id="dl8-worker-source">self.onmessage = null;</script>',
    );
    expect(html).toContain('<html lang="en" data-dl8-hydrate="auto">');
  });

  it('standalonePage(input) escapes the title and lists the rendered headings', () => {
    const html = standalonePage(input);
    expect(html).toContain('<title>T &lt;&amp;&gt;</title>');
    expect(html).toContain('<li class="dl8-toc-1"><a href="#a">A <em>heading</em></a></li>');
  });

  it('standalonePage(without scripts) is a static page whose CSP allows no script', () => {
    const html = standalonePage({ ...input, hydrateScript: undefined, workerScript: undefined });
    expect(html).toContain('script-src &#39;none&#39;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('data-dl8-hydrate');
  });
});
