import { getExperiment, runExperiment } from '@dl8/experiments';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/text/renderText.js';

describe('renderText(markdown)', () => {
  it('sets off headings, wraps prose and shows math as text', async () => {
    const text = await renderText(
      '# Title\n\nThe step is $w \\leftarrow w - \\epsilon g$ and the rest of this sentence wraps.\n',
      { width: 30 },
    );
    expect(text).toBe(
      'Title\n═════\n\nThe step is w ← w − ε g and\nthe rest of this sentence\nwraps.\n',
    );
  });

  it('numbers references from the tags of display math', async () => {
    const md = '$$\ny = 1 \\tag{2.3} \\label{eq:one}\n$$\n\nBy \\eqref{eq:one}, done.\n';
    const text = await renderText(md);
    expect(text).toContain('y = 1 (2.3)');
    expect(text).toContain('By (2.3), done.');
  });

  it('keeps lists, tables and the address of external links', async () => {
    const md = '- one\n- [two](https://example.org/x)\n\n| a | b |\n|---|---|\n| 1 | 22 |\n';
    const text = await renderText(md);
    expect(text).toContain('• one\n\n• two <https://example.org/x>');
    expect(text).toContain('a  b\n─  ──\n1  22');
  });

  it('summarises a dl8 block with the finding of a real run and the command to rerun it', async () => {
    const text = await renderText('```dl8 higher-order-effects\ndepth: 3\n```\n');
    const e = getExperiment('higher-order-effects');
    const result = await runExperiment(e, { depth: 3 }, { seed: 1 });
    expect(text).toContain(`▶ Experiment ${e.section}: ${e.title}`);
    expect(text.replace(/\s+/g, ' ')).toContain(e.finding(result).replace(/\s+/g, ' '));
    expect(text).toContain('Try it: dl8 run higher-order-effects --depth 3');
  });

  it('explains a bad block in place instead of failing', async () => {
    const text = await renderText('before\n\n```dl8 no-such-thing\n```\n\nafter\n');
    expect(text).toMatch(/before[\s\S]*Unknown experiment "no-such-thing"[\s\S]*after/);
  });

  it('raw HTML stays text', async () => {
    const text = await renderText('<script>alert(1)</script>\n');
    expect(text).toContain('<script>alert(1)</script>');
  });
});
