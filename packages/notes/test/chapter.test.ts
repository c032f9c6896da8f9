import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapter, macros } from '../src/chapter.js';
import { renderChapter } from '../src/renderChapter.js';
import { packageDir } from './support/buildAssets.js';

describe('chapter', () => {
  it('chapter holds every content/NN-*.md file, in order, with its section number and title', () => {
    const files = readdirSync(join(packageDir, 'content'))
      .filter((f) => /^\d+-.+\.md$/.test(f))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    expect(chapter.map((s) => s.file)).toEqual(files);
    for (const section of chapter) {
      expect(section.markdown).toBe(
        readFileSync(join(packageDir, 'content', section.file), 'utf8'),
      );
      expect(section.title).not.toBe('');
    }
    expect(chapter.find((s) => s.id === 'batch-normalization')?.section).toBe('8.7.1');
  });

  it('src/chapter-content.ts is in sync with content/ (scripts/embed-content.mjs --check)', () => {
    // Throws (with the script's message) when the embedded copy is stale.
    execFileSync(process.execPath, [join(packageDir, 'scripts', 'embed-content.mjs'), '--check'], {
      stdio: 'pipe',
    });
  });

  it('macros is the table of content/macros.json', () => {
    expect(macros).toEqual(
      JSON.parse(readFileSync(join(packageDir, 'content', 'macros.json'), 'utf8')),
    );
  });
});

describe('renderChapter()', () => {
  it('renderChapter() renders every section, with no math or reference error', async () => {
    const { html, toc, errors } = await renderChapter({ runExperiments: false });
    expect(errors.filter((e) => e.kind !== 'experiment')).toEqual([]);
    for (const section of chapter)
      expect(html).toContain(`<section class="dl8-section" id="section-${section.id}"`);
    expect(toc.filter((e) => e.level === 1)).toHaveLength(chapter.length);
  });

  it('renderChapter() resolves \\eqref across sections', async () => {
    const source = [
      {
        id: 'one',
        file: '01-one.md',
        section: '1',
        title: 'One',
        markdown: '# One\n\n$$ a \\label{eq:a} $$\n',
      },
      {
        id: 'two',
        file: '02-two.md',
        section: '2',
        title: 'Two',
        markdown: '# Two\n\n$$ b $$\n\nBy \\eqref{eq:a}.',
      },
    ];
    const { html, errors } = await renderChapter({ source, runExperiments: false });
    expect(errors).toEqual([]);
    expect(html).toContain('By <a class="dl8-eqref" href="#eq-a">(1)</a>.');
    expect(html).toContain('<mtext>(2)</mtext>');
  });

  it('renderChapter() reports each problem with its section and line', async () => {
    const source = [
      { id: 'one', file: '01-one.md', section: '1', title: 'One', markdown: '# One\n' },
      {
        id: 'two',
        file: '02-two.md',
        section: '2',
        title: 'Two',
        markdown: '# Two\n\nSee \\eqref{nope}.\n',
      },
    ];
    const { errors } = await renderChapter({ source, runExperiments: false });
    expect(errors).toEqual([
      {
        kind: 'reference',
        line: undefined,
        section: 'two',
        message: '\\eqref{nope} names no labelled equation',
      },
    ]);
  });

  it('renderChapter({ sections }) renders only those; an unknown id throws naming the known ones', async () => {
    const { html } = await renderChapter({
      sections: ['coordinate-descent'],
      runExperiments: false,
    });
    expect(html).toContain('id="section-coordinate-descent"');
    expect(html).not.toContain('id="section-batch-normalization"');
    await expect(renderChapter({ sections: ['nope'] })).rejects.toThrow(
      /unknown section nope; known: introduction/,
    );
  });
});
