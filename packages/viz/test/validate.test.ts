import { describe, expect, it } from 'vitest';
import { type ChartSpec, renderSvg, renderTerminal, toTable, VizSpecError } from '../src/index.js';

const bad: [string, unknown, RegExp][] = [
  ['unknown type', { type: 'pie', title: 'p' }, /spec.type: got "pie", allowed: line, contour/],
  [
    'line x/y lengths differ',
    { type: 'line', title: 't', series: [{ name: 's', x: [1, 2], y: [1] }] },
    /"s": x has 2 values but y has 1/,
  ],
  [
    'contour z of wrong size',
    { type: 'contour', title: 'c', grid: { x: [0, 1], y: [0, 1], z: [1] } },
    /grid.z: has 1 values, expected x.length \* y.length = 4/,
  ],
  [
    'bar values per category',
    { type: 'bar', title: 'b', categories: ['a', 'b'], series: [{ name: 's', values: [1] }] },
    /needs one value per category \(2\), got 1/,
  ],
  [
    'histogram edges not increasing',
    { type: 'histogram', title: 'h', series: [], bins: { edges: [1, 0] } },
    /bins.edges: expected at least 2 finite, strictly increasing/,
  ],
  [
    'ragged heatmap',
    { type: 'heatmap', title: 'h', values: [[1, 2], [3]] },
    /values\[1\]: every row needs 2 numbers, got 1/,
  ],
  [
    'nested grid',
    { type: 'grid', title: 'g', charts: [{ type: 'grid', title: 'inner', charts: [] }] },
    /charts\[0\]: grids do not nest/,
  ],
];

describe('spec validation', () => {
  it.each(bad)(
    'renderSvg, renderTerminal and toTable reject a spec with %s',
    (_, spec, message) => {
      for (const f of [renderSvg, renderTerminal, toTable]) {
        expect(() => f(spec as ChartSpec)).toThrow(VizSpecError);
        expect(() => f(spec as ChartSpec)).toThrow(message);
      }
    },
  );

  it('renderSvg rejects an idPrefix that is not a valid id', () => {
    expect(() =>
      renderSvg({ type: 'bar', title: 'b', categories: [], series: [] }, { idPrefix: '1 x' }),
    ).toThrow(/idPrefix must start with a letter/);
  });
});

describe('non-finite data', () => {
  it('renderSvg(line with NaN, Infinity and a non-positive value on a log axis) drops them and says so in the desc', () => {
    const svg = renderSvg({
      type: 'line',
      title: 'diverged',
      yAxis: { scale: 'log' },
      series: [
        { name: 'run', x: [0, 1, 2, 3, 4], y: [1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, -1] },
      ],
    });
    expect(svg).toMatch(
      /<desc[^>]*>[^<]*3 points left out: not finite or not positive on a log axis\.<\/desc>/,
    );
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('renderSvg(contour with NaN samples) fills them with the minimum and counts them in the desc', () => {
    const svg = renderSvg({
      type: 'contour',
      title: 'c',
      grid: { x: [0, 1, 2], y: [0, 1], z: [1, Number.NaN, 3, 4, 5, 6] },
    });
    expect(svg).toContain('1 grid value left out: not finite.');
  });

  it('renderSvg(empty line chart) still draws axes and says there is no data', () => {
    const svg = renderSvg({ type: 'line', title: 'empty', series: [] });
    expect(svg).toContain('x (x, linear) no data');
  });
});
