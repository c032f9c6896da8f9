import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../src/index.js';
import { examples } from './exampleSpecs.js';
import { matchSnapshot } from './snapshot.js';

const ESC = String.fromCharCode(27);

describe('renderTerminal snapshots', () => {
  for (const [name, spec] of Object.entries(examples)) {
    it(`renderTerminal(${name}, { color: false }) matches terminal/${name}.txt and has no escapes`, () => {
      const out = renderTerminal(spec, { color: false });
      expect(out).not.toContain(ESC);
      expect(out.startsWith(spec.title)).toBe(true);
      matchSnapshot(`terminal/${name}.txt`, out, 'text');
    });

    it(`renderTerminal(${name}, { color: true }) matches terminal/${name}.ansi.txt and uses ANSI colours`, () => {
      const out = renderTerminal(spec, { color: true });
      expect(out).toContain(`${ESC}[`);
      matchSnapshot(`terminal/${name}.ansi.txt`, out, 'text');
    });

    it(`renderTerminal(${name}, { width: 50 }) keeps every line within 50 columns`, () => {
      const out = renderTerminal(spec, { color: false, width: 50, height: 14 });
      for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(50);
    });
  }

  it('renderTerminal(line) draws braille dots and labels the axes', () => {
    const out = renderTerminal(examples.line!, { color: false });
    expect(out).toMatch(/[\u2801-\u28ff]/);
    expect(out).toContain('step');
    expect(out).toContain('loss');
    expect(out).toContain('SGD');
  });

  it('renderTerminal rejects sizes too small to draw in', () => {
    expect(() => renderTerminal(examples.line!, { width: 10 })).toThrow(/width must be >= 24/);
  });
});
