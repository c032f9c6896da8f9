import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { dl8Plugin } from '../src/markdown/dl8Plugin.js';

describe('dl8Plugin(md)', () => {
  it('dl8Plugin(a host markdown-it) renders dl8 blocks as figure shells for hydration, synchronously', () => {
    const md = new MarkdownIt().use(dl8Plugin);
    const html = md.render('```dl8 gamma-beta\n```\n');
    expect(html).toContain(
      '<figure class="dl8-figure" id="figure-1" data-dl8-experiment="gamma-beta"',
    );
    expect(html).toContain('class="dl8-pending"');
  });

  it('dl8Plugin(md) starts numbering afresh for every document', () => {
    const md = new MarkdownIt().use(dl8Plugin);
    const doc = '$$ x \\label{a} $$\n\n```dl8 gamma-beta\n```\n';
    expect(md.render(doc)).toBe(md.render(doc));
    expect(md.render(doc)).toContain('<mtext>(1)</mtext>');
  });

  it('dl8Plugin(md, { math: false }) leaves dollars to the host', () => {
    const md = new MarkdownIt().use(dl8Plugin, { math: false });
    expect(md.render('$x$')).toBe('<p>$x$</p>\n');
  });

  it('dl8Plugin(md) shows the error box for an unknown experiment', () => {
    const md = new MarkdownIt().use(dl8Plugin);
    expect(md.render('```dl8 nope\n```\n')).toContain(
      '<div class="dl8-error" data-dl8-error-for="nope"',
    );
  });
});
