import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChartSpec, renderSvg, renderTerminal, toCsv, toTable } from '../src/index.js';
import { parseSvg } from './parseSvg.js';

// Any double, with the awkward ones made common: NaN, ±Infinity, ±0, huge and tiny magnitudes.
const num = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -1e3, max: 1e3, noNaN: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      0,
      -0,
      1e300,
      -1e-300,
      5e-324,
    ),
  },
  { weight: 1, arbitrary: fc.double() },
);
const nums = (max: number) => fc.array(num, { maxLength: max });
const name = fc.string({ maxLength: 12 });
const scale = fc.constantFrom<'linear' | 'log' | undefined>('linear', 'log', undefined);
const axis = fc.record({ label: fc.option(name, { nil: undefined }), scale }, { requiredKeys: [] });

const line = fc.record({
  type: fc.constant('line' as const),
  title: name,
  xAxis: axis,
  yAxis: axis,
  series: fc.array(
    fc.integer({ min: 0, max: 20 }).chain((n) =>
      fc.record({
        name,
        x: fc.array(num, { minLength: n, maxLength: n }),
        y: fc.array(num, { minLength: n, maxLength: n }),
        marker: fc.constantFrom<'none' | 'circle' | 'square' | 'triangle'>(
          'none',
          'circle',
          'square',
          'triangle',
        ),
      }),
    ),
    { maxLength: 4 },
  ),
  annotations: fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('vline' as const), x: num, label: name }),
      fc.record({ kind: fc.constant('hline' as const), y: num }),
      fc.record({ kind: fc.constant('text' as const), x: num, y: num, text: name }),
    ),
    { maxLength: 3 },
  ),
});

const contour = fc
  .tuple(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 2, max: 7 }))
  .chain(([nx, ny]) =>
    fc.record({
      type: fc.constant('contour' as const),
      title: name,
      grid: fc.record({
        x: fc.constant(Array.from({ length: nx }, (_, i) => i)),
        y: fc.constant(Array.from({ length: ny }, (_, j) => j * 0.5)),
        z: fc.array(num, { minLength: nx * ny, maxLength: nx * ny }),
      }),
      levels: fc.oneof(
        fc.integer({ min: 1, max: 12 }),
        fc.record({ count: fc.integer({ min: 1, max: 8 }), log: fc.boolean() }),
        fc.record({ values: nums(6) }),
      ),
      filled: fc.boolean(),
      trajectories: fc.array(
        fc.integer({ min: 0, max: 10 }).chain((n) =>
          fc.record({
            name,
            x: fc.array(num, { minLength: n, maxLength: n }),
            y: fc.array(num, { minLength: n, maxLength: n }),
            labelEvery: fc.integer({ min: 0, max: 3 }),
          }),
        ),
        { maxLength: 2 },
      ),
    }),
  );

const histogram = fc.record({
  type: fc.constant('histogram' as const),
  title: name,
  series: fc.array(fc.record({ name, values: nums(40) }), { maxLength: 3 }),
  bins: fc.integer({ min: 1, max: 40 }),
  normalize: fc.constantFrom<'count' | 'density'>('count', 'density'),
});

const bar = fc.integer({ min: 0, max: 6 }).chain((n) =>
  fc.record({
    type: fc.constant('bar' as const),
    title: name,
    categories: fc.array(name, { minLength: n, maxLength: n }),
    series: fc.array(fc.record({ name, values: fc.array(num, { minLength: n, maxLength: n }) }), {
      maxLength: 3,
    }),
    valueScale: fc.constantFrom<'linear' | 'log-magnitude'>('linear', 'log-magnitude'),
  }),
);

const heatmap = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([r, c]) =>
    fc.record({
      type: fc.constant('heatmap' as const),
      title: name,
      values: fc.array(fc.array(num, { minLength: c, maxLength: c }), {
        minLength: r,
        maxLength: r,
      }),
      scale: fc.constantFrom<'diverging' | 'sequential'>('diverging', 'sequential'),
      center: num,
    }),
  );

const leaf = fc.oneof(line, contour, histogram, bar, heatmap);
const spec: fc.Arbitrary<ChartSpec> = fc.oneof(
  { weight: 5, arbitrary: leaf },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('grid' as const),
      title: name,
      charts: fc.array(leaf, { maxLength: 4 }),
      columns: fc.integer({ min: 1, max: 3 }),
    }),
  },
);

const BAD = /NaN|Infinity|undefined/;
/** Whether the spec's free text (titles, names, labels) itself contains a forbidden word. */
const textHasBad = (s: ChartSpec) =>
  BAD.test(JSON.stringify(s, (_, v) => (typeof v === 'number' ? 0 : v)));

describe('random specs (fast-check, seeded)', () => {
  it('renderSvg(random spec) never writes NaN, Infinity or undefined and always parses as XML', () => {
    fc.assert(
      fc.property(spec, (s) => {
        // Titles and names are free text; only generated output is under test.
        const clean = !textHasBad(s);
        const svg = renderSvg(s, { idPrefix: 'p' });
        parseSvg(svg);
        if (clean) expect(svg).not.toMatch(BAD);
        else
          expect(
            svg.replace(
              /<title[\s\S]*?<\/title>|<text[^>]*>[^<]*<\/text>|<desc[\s\S]*?<\/desc>/g,
              '',
            ),
          ).not.toMatch(BAD);
      }),
      { seed: 20260807, numRuns: 300 },
    );
  });

  it('renderTerminal(random spec) never writes NaN, Infinity or undefined', () => {
    fc.assert(
      fc.property(spec, fc.boolean(), (s, color) => {
        if (textHasBad(s)) return;
        expect(renderTerminal(s, { color, width: 60, height: 14 })).not.toMatch(BAD);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('toCsv(toTable(random spec)) has one CSV line per row plus a header', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const t = toTable(s);
        for (const r of t.rows) expect(r.length).toBe(t.columns.length);
        const csv = toCsv(t);
        expect(csv.endsWith('\r\n')).toBe(true);
      }),
      { seed: 99, numRuns: 200 },
    );
  });
});
