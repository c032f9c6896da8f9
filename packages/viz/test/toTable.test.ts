import { describe, expect, it } from 'vitest';
import { toCsv, toTable } from '../src/index.js';
import { examples } from './exampleSpecs.js';

describe('toTable', () => {
  it('toTable(line) lists every point in long format with the axis labels as columns', () => {
    const t = toTable({
      type: 'line',
      title: 't',
      xAxis: { label: 'step' },
      yAxis: { label: 'loss' },
      series: [
        { name: 'a', x: [0, 1], y: [2, Number.NaN] },
        { name: 'b', x: [0], y: [3] },
      ],
    });
    expect(t.columns).toEqual(['series', 'step', 'loss']);
    expect(t.rows).toEqual([
      ['a', 0, 2],
      ['a', 1, 'NaN'],
      ['b', 0, 3],
    ]);
  });

  it('toTable(histogram) gives bin edges and one count column per series', () => {
    const t = toTable({
      type: 'histogram',
      title: 'h',
      bins: { edges: [0, 1, 2] },
      series: [
        { name: 'a', values: [0.5, 1, 2, 7] },
        { name: 'b', values: [0.1] },
      ],
    });
    expect(t.columns).toEqual(['bin start', 'bin end', 'a', 'b']);
    // The last bin holds its right edge; 7 lies outside the bins.
    expect(t.rows).toEqual([
      [0, 1, 1, 1],
      [1, 2, 2, 0],
    ]);
  });

  it('toTable(bar) has one row per category and one column per series', () => {
    const t = toTable(examples.bar!);
    expect(t.columns).toEqual(['order k', 'depth 3', 'depth 6']);
    expect(t.rows[0]).toEqual(['k=1', -0.42, -0.51]);
    expect(t.rows).toHaveLength(5);
  });

  it('toTable(contour) lists grid samples then trajectory steps', () => {
    const t = toTable({
      type: 'contour',
      title: 'c',
      grid: { x: [0, 1], y: [0, 1], z: [1, 2, 3, 4] },
      trajectories: [{ name: 'gd', x: [0.5, 0.2], y: [0.5, 0.1] }],
    });
    expect(t.columns).toEqual(['source', 'step', 'x', 'y', 'z']);
    expect(t.rows).toEqual([
      ['grid', '', 0, 0, 1],
      ['grid', '', 1, 0, 2],
      ['grid', '', 0, 1, 3],
      ['grid', '', 1, 1, 4],
      ['gd', 0, 0.5, 0.5, ''],
      ['gd', 1, 0.2, 0.1, ''],
    ]);
  });

  it('toTable(heatmap) uses row and column labels', () => {
    const t = toTable({
      type: 'heatmap',
      title: 'm',
      values: [[1, -1]],
      rowLabels: ['r'],
      columnLabels: ['p', 'q'],
    });
    expect(t).toEqual({ columns: ['row', 'p', 'q'], rows: [['r', 1, -1]] });
  });

  it('toTable(grid) prefixes each cell table with its chart title', () => {
    const t = toTable(examples.grid!);
    expect(t.columns).toEqual(['chart', 'series', 'step', 'loss']);
    expect(t.rows[0]).toEqual(['lr = 0.01', 'loss', 0, 1]);
    expect(t.rows).toHaveLength(4 * 60);
  });
});

describe('toCsv', () => {
  it('toCsv(table) quotes fields with commas, quotes and line breaks and ends lines with CRLF', () => {
    const csv = toCsv({
      columns: ['name', 'v'],
      rows: [
        ['a, "b"', 1],
        ['line\nbreak', -0.5],
      ],
    });
    expect(csv).toBe('name,v\r\n"a, ""b""",1\r\n"line\nbreak",-0.5\r\n');
  });
});
