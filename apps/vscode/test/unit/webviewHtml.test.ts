import { describe, expect, it } from 'vitest';
import { createNonce } from '../../src/host/nonce.js';
import { buildWebviewHtml, contentSecurityPolicy, escapeHtml } from '../../src/host/webviewHtml.js';

const cspSource = 'https://file+.vscode-resource.vscode-cdn.net';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const csp = directives(contentSecurityPolicy(cspSource, 'abc123'));

  it('contentSecurityPolicy denies everything by default', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
  });

  it('contentSecurityPolicy allows scripts only by nonce, never inline or eval', () => {
    expect(csp.get('script-src')).toEqual(["'nonce-abc123'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it('contentSecurityPolicy takes styles, fonts and images from the webview source only', () => {
    expect(csp.get('style-src')).toEqual([cspSource]);
    expect(csp.get('font-src')).toEqual([cspSource]);
    expect(csp.get('img-src')).toEqual([cspSource]);
  });

  it('contentSecurityPolicy lets workers start only from blob: URLs, fetched from the webview source', () => {
    expect(csp.get('worker-src')).toEqual(['blob:']);
    expect(csp.get('connect-src')).toEqual([cspSource]);
  });

  it("contentSecurityPolicy's one inline allowance is style attributes (KaTeX)", () => {
    expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    const unsafe = [...csp.entries()]
      .filter(([, v]) => v.includes("'unsafe-inline'"))
      .map(([k]) => k);
    expect(unsafe).toEqual(['style-src-attr']);
  });
});

describe('buildWebviewHtml', () => {
  const html = buildWebviewHtml({
    cspSource,
    nonce: 'n0nce',
    title: 'Notes <1>',
    scripts: ['https://x/webview.js'],
    styles: ['https://x/katex.min.css', 'https://x/webview.css'],
    body: '<div id="dl8-app"></div>',
  });

  it('buildWebviewHtml puts the CSP meta tag before any style or script', () => {
    const meta = html.indexOf('Content-Security-Policy');
    expect(meta).toBeGreaterThan(0);
    expect(meta).toBeLessThan(html.indexOf('<link'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
  });

  it('buildWebviewHtml gives every script the nonce and loads no remote content', () => {
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    expect(scripts).toHaveLength(1);
    for (const s of scripts) expect(s).toContain('nonce="n0nce"');
    const loaded = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(loaded.sort()).toEqual([
      'https://x/katex.min.css',
      'https://x/webview.css',
      'https://x/webview.js',
    ]);
  });

  it('buildWebviewHtml escapes the title', () => {
    expect(html).toContain('<title>Notes &lt;1&gt;</title>');
  });
});

describe('buildWebviewHtml with a worker', () => {
  it('buildWebviewHtml names the worker bundle in a meta tag, escaped', () => {
    const html = buildWebviewHtml({
      cspSource,
      nonce: 'n',
      title: 't',
      scripts: [],
      styles: [],
      workerUrl: 'https://x/w.js?a=1&b="2"',
    });
    expect(html).toContain(
      '<meta name="dl8-worker" content="https://x/w.js?a=1&amp;b=&quot;2&quot;">',
    );
  });
});

describe('createNonce and escapeHtml', () => {
  it('createNonce returns 128 random bits, different every call', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, 'base64')).toHaveLength(16);
  });

  it('escapeHtml escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
