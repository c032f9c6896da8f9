import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderReadme } from '../scripts/readme.js';
import { experiments } from '../src/index.js';

describe('README.md', () => {
  it('README.md equals renderReadme() of the registry (run scripts/generate-readme.ts)', () => {
    const path = fileURLToPath(new URL('../README.md', import.meta.url));
    expect(readFileSync(path, 'utf8')).toBe(renderReadme());
  });

  it('renderReadme lists every experiment with its section and every parameter', () => {
    const text = renderReadme();
    for (const e of experiments) {
      expect(text).toMatch(new RegExp(`\\| \`${e.id}\` +\\| ${e.section} +\\|`));
      for (const key of Object.keys(e.params))
        expect(text).toMatch(new RegExp(`\\| \`${key}\` +\\|`));
    }
  });
});
