import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exporter } from '../../src/host/exporter.js';
import { ensureBuilt } from '../support/ensureBuilt.js';
import { appRoot } from '../support/paths.js';

let dir: string;
let exporter: Exporter;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'dl8-export-'));
  // The built bundle, loaded the way the host loads it on first export.
  exporter = createRequire(import.meta.url)(join(appRoot, 'dist', 'exporter.js')) as Exporter;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dist/exporter.js', () => {
  it('exportNotes writes the chapter as one offline page from the shipped media/notes assets', async () => {
    const file = join(dir, 'chapter.html');
    const summary = await exporter.exportNotes({
      file,
      assetsDir: join(appRoot, 'media', 'notes'),
      settings: { seed: 1, numberEquations: true },
    });
    expect(summary.file).toBe(file);
    const html = readFileSync(file, 'utf8');
    expect(summary.bytes).toBe(Buffer.byteLength(html));
    expect(html).toContain('data-dl8-hydrate="auto"');
    expect(html).toContain('class="katex"');
    expect(html).toContain('data:font/woff2;base64,');
    expect(html.match(/<figure[^>]*data-dl8-experiment=/g)?.length).toBeGreaterThan(3);
    // Nothing is loaded from anywhere: no src/href to a remote or relative file.
    expect(html).not.toMatch(/\s(?:src|href)="(?!#|data:|https:\/\/www\.youtube\.com|mailto:)/);
  });

  it("exportNotes exports the user's own markdown when given", async () => {
    const file = join(dir, 'mine.html');
    const summary = await exporter.exportNotes({
      file,
      assetsDir: join(appRoot, 'media', 'notes'),
      settings: { seed: 2, numberEquations: false },
      markdown: '# Mine\n\n$x^2$\n\n```dl8 gamma-beta\n```\n',
      title: 'mine.md',
    });
    expect(summary.issues).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<title>mine.md</title>');
    expect(html).toContain('data-dl8-experiment="gamma-beta"');
  });
});
