import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../src/index.js';
import { renderSvg } from '../src/index.js';

const legendBox = (svg: string) => {
  const m = svg.match(/<g class="dl8-legend"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"/);
  if (!m) throw new Error('no legend in the chart');
  return { x: Number(m[1]), y: Number(m[2]), width: Number(m[3]) };
};

describe('renderSvg layout avoids collisions', () => {
  it('renderSvg(line with wide log tick labels) leaves the rotated y label clear of them', () => {
    const depth = Array.from({ length: 20 }, (_, i) => i + 1);
    const spec: ChartSpec = {
      type: 'line',
      title: 'Share first order misses',
      xAxis: { label: 'depth' },
      yAxis: { label: '|actual − first order| / |first order|', scale: 'log' },
      series: [{ name: 'share', x: depth, y: depth.map((d) => 10 ** -(16 - 0.8 * d)) }],
    };
    const svg = renderSvg(spec);
    const labels = [
      ...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="end"[^>]*>([^<]+)</g),
    ];
    expect(labels.some((l) => l[2] === '1e−12')).toBe(true);
    // The rotated axis label is centred at x = 14 with 12 px text: it ends before x = 20.
    for (const [, x, s] of labels)
      expect(Number(x) - s!.length * 11 * 0.62).toBeGreaterThanOrEqual(20);
  });

  it('renderSvg(line through the top-right corner) moves the legend to a free corner', () => {
    const t = Array.from({ length: 50 }, (_, i) => i);
    const spec: ChartSpec = {
      type: 'line',
      title: 'Rising',
      series: [
        { name: 'rises into the top right', x: t, y: t.map((v) => v * v) },
        { name: 'also rises', x: t, y: t.map((v) => v * v * 0.9) },
      ],
    };
    const box = legendBox(renderSvg(spec, { width: 640, height: 400 }));
    expect(box.x).toBeLessThan(100); // top-left: the curves start low on the left
    expect(box.y).toBeLessThan(100);
  });

  it('renderSvg(line with an explicit legend position) keeps that position', () => {
    const t = Array.from({ length: 50 }, (_, i) => i);
    const spec: ChartSpec = {
      type: 'line',
      title: 'Rising',
      legend: 'top-right',
      series: [
        { name: 'a', x: t, y: t.map((v) => v * v) },
        { name: 'b', x: t, y: t },
      ],
    };
    const box = legendBox(renderSvg(spec, { width: 640, height: 400 }));
    expect(box.x + box.width).toBeGreaterThan(600);
  });

  it('renderSvg(contour with one trajectory) still shows its legend, away from the path', () => {
    const x = Array.from({ length: 21 }, (_, i) => -1 + i * 0.1);
    const z = x.flatMap((b) => x.map((a) => a * a + b * b));
    const path = Array.from({ length: 20 }, (_, i) => 1 - i * 0.05);
    const spec: ChartSpec = {
      type: 'contour',
      title: 'Bowl',
      grid: { x, y: x, z },
      trajectories: [{ name: 'descent from the top right', x: path, y: path }],
    };
    const box = legendBox(renderSvg(spec, { width: 640, height: 400 }));
    expect(box.x).toBeLessThan(100);
  });

  it('renderSvg(bar with long categories) turns their labels and keeps them inside the chart', () => {
    const categories = [
      'SGD + momentum: momentumBuffer',
      'Nesterov: momentumBuffer',
      'AdaGrad: sum',
      'RMSProp: squareAvg',
      'Adam: expAvg',
      'Adam: expAvgSq',
    ];
    const spec: ChartSpec = {
      type: 'bar',
      title: 'Optimizer state',
      categories,
      series: [{ name: 'component 1', values: [1e-5, 1e-5, 1e5, 30, 0.1, 40] }],
      valueScale: 'log-magnitude',
    };
    const height = 400;
    const svg = renderSvg(spec, { width: 640, height });
    const turned = [
      ...svg.matchAll(
        /<text x="([\d.]+)" y="([\d.]+)" text-anchor="end" transform="rotate\(-40[^>]*>([^<]+)</g,
      ),
    ];
    expect(turned.length).toBe(categories.length);
    for (const [, x, y, label] of turned) {
      const w = [...label!].length * 11 * 0.62;
      expect(Number(x) - w * Math.cos((40 * Math.PI) / 180)).toBeGreaterThanOrEqual(0);
      expect(Number(y) + w * Math.sin((40 * Math.PI) / 180)).toBeLessThanOrEqual(height);
    }
  });

  it('renderSvg(contour whose minimum is rounding noise) labels the bottom of the colour key 0', () => {
    const x = Array.from({ length: 21 }, (_, i) => -1 + i * 0.1);
    const z = x.flatMap((b) =>
      x.map((a) => (a === 0 && b === 0 ? 9.86e-34 : (a - b) ** 2 + 0.01 * (a * a + b * b))),
    );
    const svg = renderSvg({ type: 'contour', title: 'Valley', grid: { x, y: x, z }, zLabel: 'f' });
    const key = svg.slice(svg.indexOf('class="dl8-colorbar"'));
    expect(key).toContain('>0</text>');
    expect(key).not.toMatch(/e−3\d/);
  });

  it('renderSvg(grid of histograms with the same series) draws one full legend for the grid', () => {
    const values = Array.from({ length: 200 }, (_, i) => Math.sin(i * 12.9898) * 2);
    // As bn-training asks: a legend in the first cell only.
    const cell = (k: number) => ({
      type: 'histogram' as const,
      title: `layer ${k}`,
      legend: k === 1 ? ('top-right' as const) : ('none' as const),
      series: [
        { name: 'without batch norm', values },
        { name: 'with batch norm', values: values.map((v) => v / 2) },
      ],
    });
    const svg = renderSvg({
      type: 'grid',
      title: 'Pre-activations',
      columns: 3,
      charts: [1, 2, 3, 4, 5].map(cell),
    });
    expect(svg.match(/class="dl8-legend"/g)).toHaveLength(1);
    expect(svg).toContain('>without batch norm</text>');
    expect(svg).toContain('>with batch norm</text>');
    expect(svg).not.toContain('…');
  });

  it('renderSvg(grid whose cells differ in series) keeps a legend in each cell', () => {
    const line = (names: string[]) => ({
      type: 'line' as const,
      title: names.join(' and '),
      series: names.map((name, i) => ({ name, x: [0, 1, 2], y: [i, i + 1, i] })),
    });
    const svg = renderSvg({
      type: 'grid',
      title: 'Different',
      charts: [line(['a', 'b']), line(['c', 'd'])],
    });
    expect(svg.match(/class="dl8-legend"/g)).toHaveLength(2);
  });

  it('renderSvg(line with a labelled vline at the right edge) puts the label left of the line', () => {
    const t = Array.from({ length: 201 }, (_, i) => i);
    const svg = renderSvg({
      type: 'line',
      title: 'Loss per step',
      series: [{ name: 'SGD', x: t, y: t.map((v) => 1 / (1 + v)) }],
      annotations: [{ kind: 'vline', x: 200, label: 'k = 200' }],
    });
    const m = svg.match(/<text x="([\d.]+)" y="[\d.]+" text-anchor="end"[^>]*>k = 200</);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeLessThan(624);
  });

  it('renderSvg(line with labelled reference lines) keeps the legend off the labels', () => {
    // Like continuation: curves high at the left, labels at the top, free space low on the left.
    const x = Array.from({ length: 121 }, (_, i) => -6 + i * 0.1);
    const spec: ChartSpec = {
      type: 'line',
      title: 'Blurred objectives',
      series: [
        { name: 'σ = 2', x, y: x.map((v) => 0.1 * (v - 2) ** 2) },
        { name: 'σ = 0', x, y: x.map((v) => 0.1 * (v - 2) ** 2 + Math.cos(3 * v)) },
      ],
      annotations: [
        { kind: 'vline', x: -4, label: 'plain descent' },
        { kind: 'vline', x: 4, label: 'global min' },
      ],
    };
    const svg = renderSvg(spec, { width: 640, height: 400 });
    const box = legendBox(svg);
    const m = svg.match(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>global min</)!;
    const [lx, ly] = [Number(m[1]), Number(m[2])];
    const overlaps =
      lx < box.x + box.width && lx + 70 > box.x && ly > box.y && ly - 11 < box.y + 40;
    expect(overlaps).toBe(false);
  });

  it('renderSvg(line with data along the top and the bottom) puts the legend half-way down', () => {
    const t = Array.from({ length: 9 }, (_, i) => i);
    const spec: ChartSpec = {
      type: 'line',
      title: 'Minimizer tracked stage by stage',
      yAxis: { domain: [-5, 3] },
      series: [
        { name: 'continuation', x: t, y: t.map((v) => 2 - 0.5 ** v) },
        { name: 'plain descent (final)', x: t, y: t.map(() => -4) },
        { name: 'global minimizer', x: t, y: t.map(() => 2.09) },
      ],
    };
    const box = legendBox(renderSvg(spec, { width: 640, height: 400 }));
    expect(box.y).toBeGreaterThan(120);
    expect(box.y).toBeLessThan(250);
  });
});
