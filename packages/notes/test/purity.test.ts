import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageDir } from './support/buildAssets.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('package boundaries', () => {
  const src = join(packageDir, 'src');
  const shared = files(src).filter((f) => !/^(hydrate|node)[\\/]/.test(relative(src, f)));

  it('src outside node/ imports no node:* module (it runs in browsers)', () => {
    const offenders = files(src)
      .filter((f) => !relative(src, f).startsWith('node'))
      .filter((f) => /from ['"]node:/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the renderer (outside hydrate/ and node/) touches no DOM global', () => {
    const offenders = shared.filter((f) =>
      /\b(?:document|window|navigator|localStorage)\s*[.[]/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('no source calls Math.random', () => {
    expect(files(src).filter((f) => readFileSync(f, 'utf8').includes('Math.random'))).toEqual([]);
  });
});
