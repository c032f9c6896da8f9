import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blockInsertion } from '../../src/host/blockInsertion.js';
import { debounce } from '../../src/host/debounce.js';
import { experimentPickItems } from '../../src/host/experimentPickItems.js';
import { normalizeSettings } from '../../src/host/normalizeSettings.js';
import { docKey, panelTitle } from '../../src/host/panels/docKey.js';
import { buildTree } from '../../src/host/treeModel.js';
import type { Catalog } from '../../src/shared/catalog.js';

const catalog: Catalog = {
  sections: [
    {
      id: 'introduction',
      section: '8.7',
      title: 'Meta-algorithms',
      anchor: 'section-introduction',
    },
    {
      id: 'batch-normalization',
      section: '8.7.1',
      title: 'Batch normalization',
      anchor: 'section-batch-normalization',
    },
  ],
  experiments: [
    { id: 'a', title: 'A', section: '8.7.1', summary: 'sa', block: '```dl8 a\n```\n' },
    { id: 'b', title: 'B', section: '8.7.3', summary: 'sb', block: '```dl8 b\nx: 1\n```\n' },
    { id: 'c', title: 'C', section: '8.5', summary: 'sc', block: '```dl8 c\n```\n' },
  ],
};

describe('blockInsertion', () => {
  const block = '```dl8 a\nx: 1\n```\n';
  it.each([
    ['an empty line', '', 0, block],
    ['the end of a line of text', 'Some text', 9, `\n${block}`],
    ['the start of a line of text', 'Some text', 0, `${block}\n`],
    ['the middle of a line', 'Some text', 4, `\n${block}\n`],
    ['spaces only', '   ', 3, block],
  ])('blockInsertion at %s puts the fence on its own lines', (_where, line, column, expected) => {
    expect(blockInsertion(line, column, block)).toBe(expected);
  });

  it('blockInsertion ends a block without a final newline with one', () => {
    expect(blockInsertion('', 0, '```dl8 a\n```')).toBe('```dl8 a\n```\n');
  });
});

describe('experimentPickItems', () => {
  it('experimentPickItems lists every experiment with title, section, id and summary', () => {
    expect(experimentPickItems(catalog)).toEqual([
      { label: 'A', description: '§8.7.1 · a', detail: 'sa', experimentId: 'a' },
      { label: 'B', description: '§8.7.3 · b', detail: 'sb', experimentId: 'b' },
      { label: 'C', description: '§8.5 · c', detail: 'sc', experimentId: 'c' },
    ]);
  });
});

describe('buildTree', () => {
  it('buildTree puts each experiment under its section, or the closest enclosing one', () => {
    const tree = buildTree(catalog);
    const summary = tree.map((n) =>
      n.kind === 'section'
        ? [n.section.id, n.children.map((c) => (c.kind === 'experiment' ? c.experiment.id : '?'))]
        : [n.experiment.id],
    );
    expect(summary).toEqual([['introduction', ['b']], ['batch-normalization', ['a']], ['c']]);
  });

  it('buildTree matches a section range written with a hyphen to one written with an en dash', () => {
    const tree = buildTree({
      sections: [{ id: 'recap', section: '8.3\u20138.5', title: 'Recap', anchor: 'section-recap' }],
      experiments: [{ id: 'race', title: 'Race', section: '8.3-8.5', summary: '', block: '' }],
    });
    expect(tree).toHaveLength(1);
    expect(tree[0]?.kind === 'section' && tree[0].children.length).toBe(1);
  });

  it('buildTree places an experiment under a section whose title starts with its range', () => {
    const tree = buildTree({
      sections: [
        { id: 'recap', section: '', title: '8.3\u20138.5 Recap', anchor: 'section-recap' },
      ],
      experiments: [{ id: 'race', title: 'Race', section: '8.3\u20138.5', summary: '', block: '' }],
    });
    expect(tree).toHaveLength(1);
  });
});

describe('normalizeSettings', () => {
  it.each([
    [
      { seed: 7, numberEquations: false },
      { seed: 7, numberEquations: false },
    ],
    [{}, { seed: 1, numberEquations: true }],
    [
      { seed: -1, numberEquations: 'yes' },
      { seed: 1, numberEquations: true },
    ],
    [{ seed: 2.5 }, { seed: 1, numberEquations: true }],
    [{ seed: Number.MAX_SAFE_INTEGER + 2 }, { seed: 1, numberEquations: true }],
  ])('normalizeSettings(%j) gives %j', (raw, expected) => {
    expect(normalizeSettings(raw)).toEqual(expected);
  });
});

describe('docKey and panelTitle', () => {
  it('docKey gives one key per chapter, experiment and file', () => {
    expect(docKey({ kind: 'chapter' })).toBe('chapter');
    expect(docKey({ kind: 'experiment', experimentId: 'a' })).toBe('experiment:a');
    expect(docKey({ kind: 'markdown', uri: 'file:///n.md' })).toBe('markdown:file:///n.md');
  });

  it('panelTitle names experiments by title and previews by file name', () => {
    const title = (id: string) => catalog.experiments.find((e) => e.id === id)?.title;
    expect(panelTitle({ kind: 'chapter' })).toBe('DL8: Chapter Notes');
    expect(panelTitle({ kind: 'experiment', experimentId: 'a' }, title)).toBe('DL8: A');
    expect(panelTitle({ kind: 'experiment', experimentId: 'zz' }, title)).toBe('DL8: zz');
    expect(panelTitle({ kind: 'markdown', uri: 'file:///home/me/my%20notes.md' })).toBe(
      'DL8 Preview: my notes.md',
    );
  });
});

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounce runs once, after the last call of a burst', () => {
    const fn = vi.fn();
    const d = debounce(fn, 300);
    d();
    vi.advanceTimersByTime(200);
    d();
    vi.advanceTimersByTime(299);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('debounce.cancel drops the pending run', () => {
    const fn = vi.fn();
    const d = debounce(fn, 300);
    d();
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
  });
});
