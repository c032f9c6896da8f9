import { experiments, parseBlock, parseParams } from '@dl8/experiments';
import { chapter } from '@dl8/notes';
import { describe, expect, it } from 'vitest';
import { makeCatalog } from '../../src/build/makeCatalog.js';

describe('makeCatalog', () => {
  const catalog = makeCatalog(chapter, experiments);

  it('makeCatalog lists every chapter section with the anchor renderChapter gives it', () => {
    expect(catalog.sections.map((s) => s.id)).toEqual(chapter.map((s) => s.id));
    for (const s of catalog.sections) expect(s.anchor).toBe(`section-${s.id}`);
  });

  it('makeCatalog lists every registered experiment in registry order', () => {
    expect(catalog.experiments.map((e) => e.id)).toEqual(experiments.map((e) => e.id));
    for (const e of catalog.experiments) {
      expect(e.title).not.toBe('');
      expect(e.summary).not.toBe('');
    }
  });

  it("makeCatalog's blocks parse back to each experiment's defaults", () => {
    for (const entry of catalog.experiments) {
      const experiment = experiments.find((e) => e.id === entry.id)!;
      expect(entry.block.startsWith(`\`\`\`dl8 ${entry.id}\n`)).toBe(true);
      const body = entry.block.split('\n').slice(1, -2).join('\n');
      const parsed = parseParams(experiment.params, parseBlock(body));
      expect(parsed).toEqual({
        ok: true,
        value: Object.fromEntries(
          Object.entries(experiment.params).map(([k, s]) => [k, s.default]),
        ),
      });
    }
  });
});
