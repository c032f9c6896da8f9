import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/renderMarkdown.js';

const render = (markdown: string, options = {}) =>
  renderMarkdown(markdown, { runExperiments: false, ...options });

describe('renderMarkdown() math', () => {
  it('renderMarkdown(inline $...$ and \\(...\\)) typesets each with KaTeX, inline', async () => {
    const { html, errors } = await render('Let $x^2$ and \\(y_1\\) be given.');
    expect(errors).toEqual([]);
    expect(html.match(/class="katex"/g)).toHaveLength(2);
    expect(html).not.toContain('katex-display');
    expect(html).toContain('<annotation encoding="application/x-tex">x^2</annotation>');
  });

  it('renderMarkdown($$ block $$ and \\[...\\]) typesets display math in an equation wrapper', async () => {
    const { html } = await render('$$\na + b\n$$\n\n\\[\nc\n\\]\n');
    expect(html.match(/<div class="dl8-equation"/g)).toHaveLength(2);
    expect(html.match(/katex-display/g)).toHaveLength(2);
  });

  it('renderMarkdown(prices like $5 and $6) leaves them as text', async () => {
    const { html } = await render('It costs $5 and $6.');
    expect(html).toBe('<p>It costs $5 and $6.</p>\n');
  });

  it('renderMarkdown(escaped \\$) keeps a literal dollar', async () => {
    const { html } = await render('A \\$ sign and $x$.');
    expect(html).toContain('A $ sign');
    expect(html.match(/class="katex"/g)).toHaveLength(1);
  });

  it('renderMarkdown(math inside code) leaves it alone', async () => {
    const { html } = await render('`$x$` and\n\n```\n$$ y $$\n```\n');
    expect(html).not.toContain('katex');
    expect(html).toContain('<code>$x$</code>');
  });

  it('renderMarkdown(bad TeX) reports a math error and draws it in place without throwing', async () => {
    const { html, errors } = await render('Broken: $\\frac{1}{$ here.');
    expect(errors).toEqual([expect.objectContaining({ kind: 'math' })]);
    expect(html).toContain('Broken:');
    expect(html).toContain('here.');
  });

  it('renderMarkdown(macros option) expands the macro table', async () => {
    const { html, errors } = await render('$\\R^n$', { macros: { '\\R': '\\mathbb{R}' } });
    expect(errors).toEqual([]);
    expect(html).toContain('mathbb');
  });

  it('renderMarkdown(\\gdef in one document) does not leak macros into the next render', async () => {
    await render('$\\gdef\\foo{1}\\foo$');
    const { errors } = await render('$\\foo$');
    expect(errors).toEqual([expect.objectContaining({ kind: 'math' })]);
  });
});

describe('renderMarkdown() equation numbering', () => {
  const doc =
    '$$ a \\label{eq:a} $$\n\n$$ b $$\n\n$$ c \\notag $$\n\n$$ d \\tag{*} \\label{eq:star} $$\n';

  it('renderMarkdown(numberEquations: true) numbers every display equation without \\notag', async () => {
    const { html } = await render(doc);
    const tags = [...html.matchAll(/<mtext>\(([^)]*)\)<\/mtext>/g)].map((m) => m[1]);
    expect(tags).toEqual(['1', '2', '*']);
  });

  it('renderMarkdown(numberEquations: false) numbers only labelled or tagged equations', async () => {
    const { html } = await render(doc, { numberEquations: false });
    const tags = [...html.matchAll(/<mtext>\(([^)]*)\)<\/mtext>/g)].map((m) => m[1]);
    expect(tags).toEqual(['1', '*']);
  });

  it('renderMarkdown(equationPrefix) puts the prefix before automatic numbers', async () => {
    const { html } = await render('$$ a $$\n', { equationPrefix: '8.' });
    expect(html).toContain('<mtext>(8.1)</mtext>');
  });

  it('renderMarkdown(\\label) gives the equation an anchor id and removes \\label from the TeX', async () => {
    const { html, errors } = await render(doc);
    expect(errors).toEqual([]);
    expect(html).toContain('<div class="dl8-equation" id="eq-a">');
    expect(html).not.toContain('\\label');
  });
});

describe('renderMarkdown() cross references', () => {
  it('renderMarkdown(\\eqref in text) links to the labelled equation with its number, also forwards', async () => {
    const { html, errors } = await render('See \\eqref{eq:later}.\n\n$$ x \\label{eq:later} $$\n');
    expect(errors).toEqual([]);
    expect(html).toContain('See <a class="dl8-eqref" href="#eq-later">(1)</a>.');
  });

  it('renderMarkdown($\\eqref{...}$ and \\ref) renders a link; \\ref without parentheses', async () => {
    const { html } = await render(
      '$$ x \\tag{1.4}\\label{eq:x} $$\n\nBy $\\eqref{eq:x}$ and eq. \\ref{eq:x}.',
    );
    expect(html).toContain('By <a class="dl8-eqref" href="#eq-x">(1.4)</a>');
    expect(html).toContain('eq. <a class="dl8-eqref" href="#eq-x">1.4</a>');
  });

  it('renderMarkdown(\\eqref inside a larger formula) substitutes the number as text', async () => {
    const { html, errors } = await render('$$ y \\label{eq:y} $$\n\n$\\text{by } \\eqref{eq:y}$');
    expect(errors).toEqual([]);
    expect(html).toContain('<mtext>(1)</mtext>');
  });

  it('renderMarkdown(\\eqref to an unknown label) shows (??) and reports a reference error', async () => {
    const { html, errors } = await render('See \\eqref{nope}.');
    expect(html).toContain('<span class="dl8-ref-missing"');
    expect(errors).toEqual([
      { kind: 'reference', line: undefined, message: '\\eqref{nope} names no labelled equation' },
    ]);
  });

  it('renderMarkdown(a label used twice) reports a label error', async () => {
    const { errors } = await render('$$ a \\label{x} $$\n\n$$ b \\label{x} $$\n');
    expect(errors).toEqual([expect.objectContaining({ kind: 'label', line: 3 })]);
  });
});
