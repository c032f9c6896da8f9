import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../src/index.js';
import { resolveCssVariables } from '../src/svg/resolveCssVariables.js';

describe('resolveCssVariables(text)', () => {
  it.each([
    ['fill:var(--a, #222)', 'fill:#222'],
    ['fill:var(--a, var(--b, #222));stroke:var(--c,red)', 'fill:#222;stroke:red'],
    [
      'font-family:var(--f, var(--g, system-ui, Segoe UI, sans-serif))',
      'font-family:system-ui, Segoe UI, sans-serif',
    ],
    ['fill:var(--a)', 'fill:currentColor'],
    ['no variables here', 'no variables here'],
  ])('%s -> %s', (input, output) => {
    expect(resolveCssVariables(input)).toBe(output);
  });
});

describe('renderSvg(spec, { cssVariables: false })', () => {
  it('writes literal colours and stays valid XML', () => {
    const spec = {
      type: 'line' as const,
      title: 'y = x²',
      series: [{ name: 'y', x: [0, 1, 2], y: [0, 1, 4] }],
    };
    const themed = renderSvg(spec);
    const literal = renderSvg(spec, { cssVariables: false });
    expect(themed).toContain('var(--');
    expect(literal).not.toContain('var(');
    expect(literal).toContain('#222');
    const doc = new DOMParser().parseFromString(literal, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror').length).toBe(0);
    expect(doc.documentElement?.getAttribute('role')).toBe('img');
  });
});
