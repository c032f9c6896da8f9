import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every ```js snippet in the README's package sections runs as written, from the sources.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const packagesPart = readme.slice(
  readme.indexOf('## The packages'),
  readme.indexOf('## Development'),
);
const snippets = [
  ...packagesPart.matchAll(/### `(@dl8\/[a-z]+)`[^\n]*\n[\s\S]*?```js\n([\s\S]*?)```/g),
].map((m) => ({
  name: m[1]!,
  code: m[2]!,
}));
const dir = join(root, '.cache/readme-snippets');
mkdirSync(dir, { recursive: true });

describe('README package snippets', () => {
  it('has one snippet per package', () => {
    expect(snippets.map((s) => s.name)).toEqual([
      '@dl8/core',
      '@dl8/batchnorm',
      '@dl8/optimizers',
      '@dl8/viz',
      '@dl8/experiments',
      '@dl8/notes',
    ]);
  });

  it.each(snippets)('the $name snippet runs', ({ name, code }) => {
    const file = join(dir, `${name.replace('@dl8/', '')}.mts`);
    writeFileSync(file, code);
    const r = spawnSync(process.execPath, ['--conditions=@dl8/source', '--import', 'tsx', file], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().length).toBeGreaterThan(0);
    expect(r.stdout).not.toMatch(/\bNaN\b|undefined/);
  });
});
