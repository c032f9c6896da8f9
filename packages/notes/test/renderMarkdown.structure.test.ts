import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/renderMarkdown.js';

const render = (markdown: string, options = {}) =>
  renderMarkdown(markdown, { runExperiments: false, ...options });

describe('renderMarkdown() headings', () => {
  it('renderMarkdown(headings) gives unique ids, self-links and a table of contents', async () => {
    const { html, toc } = await render('# Batch norm\n\n## Why $\\gamma$?\n\n## Why $\\gamma$?\n');
    expect(toc.map(({ level, id, text }) => ({ level, id, text }))).toEqual([
      { level: 1, id: 'batch-norm', text: 'Batch norm' },
      { level: 2, id: 'why-gamma', text: 'Why \\gamma?' },
      { level: 2, id: 'why-gamma-2', text: 'Why \\gamma?' },
    ]);
    expect(toc[0]!.html).toBe('Batch norm');
    expect(toc[1]!.html).toMatch(/^Why <span class="katex">.*γ.*\?$/);
    expect(html).toContain(
      '<h1 id="batch-norm">Batch norm <a class="dl8-anchor" href="#batch-norm"',
    );
  });

  it('renderMarkdown(idPrefix) prefixes heading and equation ids', async () => {
    const { toc, html } = await render('# A\n\n$$ x \\label{e} $$', { idPrefix: 'p1-' });
    expect(toc[0]!.id).toBe('p1-a');
    expect(html).toContain('id="p1-eq-e"');
  });

  it('renderMarkdown(idPrefix not starting with a letter) throws naming what is allowed', async () => {
    await expect(render('x', { idPrefix: '1x' })).rejects.toThrow(
      /idPrefix must start with a letter/,
    );
  });
});

describe('renderMarkdown() links', () => {
  it.each([
    ['[a](https://example.org/x?y=1)', '<a href="https://example.org/x?y=1">a</a>'],
    ['[a](http://example.org)', '<a href="http://example.org">a</a>'],
    ['[a](mailto:me@example.org)', '<a href="mailto:me@example.org">a</a>'],
    ['[a](#section)', '<a href="#section">a</a>'],
  ])('renderMarkdown(%s) keeps the allowed link', async (markdown, expected) => {
    expect((await render(markdown)).html).toContain(expected);
  });

  it.each([
    '[a](javascript:alert(1))',
    '[a](data:text/html,hi)',
    '[a](vbscript:x)',
    '[a](file:///etc/passwd)',
    '[a](./relative.md)',
    '![i](data:image/png;base64,AAAA)',
  ])('renderMarkdown(%s) renders no link or image', async (markdown) => {
    const { html } = await render(markdown);
    expect(html).not.toMatch(/<a |<img /);
  });
});
