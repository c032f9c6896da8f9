import { getExperiment } from '@dl8/experiments';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/renderMarkdown.js';

const block = (info: string, body = '') => `\`\`\`${info}\n${body}\`\`\`\n`;

function attribute(html: string, name: string): string | undefined {
  const raw = new RegExp(`${name}="([^"]*)"`).exec(html)?.[1];
  return raw?.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

describe('renderMarkdown() dl8 blocks', () => {
  it('renderMarkdown(```dl8 id```) renders a figure with id, seed and parameters, drawn from a real run', async () => {
    const { html, errors } = await renderMarkdown(
      block('dl8 higher-order-effects', 'depth: 5\nlr: 0.02\n'),
    );
    expect(errors).toEqual([]);
    const experiment = getExperiment('higher-order-effects');
    expect(attribute(html, 'data-dl8-experiment')).toBe('higher-order-effects');
    expect(attribute(html, 'data-dl8-seed')).toBe('1');
    expect(JSON.parse(attribute(html, 'data-dl8-params')!)).toMatchObject({ depth: 5, lr: 0.02 });
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain(
      '<figcaption id="figure-1-caption"><span class="dl8-figure-number">Figure 1.</span>',
    );
    expect(html).toContain(experiment.title);
    expect(html).toContain('class="dl8-finding"');
  });

  it('renderMarkdown(the same block twice, same seed) draws identical SVG', async () => {
    const a = await renderMarkdown(block('dl8 gamma-beta'));
    const b = await renderMarkdown(block('dl8 gamma-beta'));
    expect(a.html).toBe(b.html);
  });

  it('renderMarkdown(seed: 7 line) runs with that seed and records it on the figure', async () => {
    const { html, errors } = await renderMarkdown(block('dl8 gamma-beta', 'seed: 7\n'));
    expect(errors).toEqual([]);
    expect(attribute(html, 'data-dl8-seed')).toBe('7');
    expect(JSON.parse(attribute(html, 'data-dl8-params')!)).not.toHaveProperty('seed');
  });

  it('renderMarkdown(two blocks) numbers the figures and keeps SVG ids unique', async () => {
    const { html } = await renderMarkdown(
      `${block('dl8 gamma-beta')}\ntext\n\n${block('dl8 gamma-beta')}`,
    );
    expect(html).toContain('id="figure-1"');
    expect(html).toContain('id="figure-2"');
    const ids = [...html.matchAll(/<svg[^>]* id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('renderMarkdown(runExperiments: false) renders the figure shell for hydration, without running', async () => {
    const { html } = await renderMarkdown(block('dl8 gamma-beta'), { runExperiments: false });
    expect(html).toContain('data-dl8-experiment="gamma-beta"');
    expect(html).toContain('class="dl8-pending"');
    expect(html).not.toContain('<svg');
  });

  it.each([
    [
      'an unknown id',
      block('dl8 higher-order-efects'),
      'Unknown experiment',
      'did you mean &quot;higher-order-effects&quot;',
    ],
    ['no id', block('dl8'), 'This dl8 block names no experiment', 'Write the experiment id'],
    [
      'an out-of-range value',
      block('dl8 higher-order-effects', 'depth: 99\n'),
      'Bad parameters',
      'depth: 99 is above the maximum 20',
    ],
    [
      'a value of the wrong type',
      block('dl8 higher-order-effects', 'lr: fast\n'),
      'Bad parameters',
      'lr',
    ],
    [
      'an unknown parameter',
      block('dl8 higher-order-effects', 'dept: 3\n'),
      'Bad parameters',
      'unknown parameter &quot;dept&quot;',
    ],
    [
      'a line that is not key: value',
      block('dl8 higher-order-effects', 'depth 3\n'),
      'could not be read',
      'line 1',
    ],
    ['a bad seed', block('dl8 gamma-beta', 'seed: -1\n'), 'Bad seed', 'whole number'],
  ])(
    'renderMarkdown(block with %s) shows an explained error box and renders the rest',
    async (_, markdown, headline, reason) => {
      const { html, errors } = await renderMarkdown(`Before.\n\n${markdown}\nAfter.\n`);
      expect(html).toContain('<p>Before.</p>');
      expect(html).toContain('<p>After.</p>');
      expect(html).toContain('<div class="dl8-error"');
      expect(html).toContain(headline);
      expect(html).toContain(reason);
      expect(html).not.toContain('<figure');
      expect(errors).toEqual([expect.objectContaining({ kind: 'experiment', line: 3 })]);
    },
  );

  it('renderMarkdown(other fences) still renders them as code', async () => {
    const { html } = await renderMarkdown(block('python', 'print(1)\n'));
    expect(html).toBe('<pre><code class="language-python">print(1)\n</code></pre>\n');
  });
});
