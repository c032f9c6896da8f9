import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { memoryIo } from './memoryIo.js';

const dir = mkdtempSync(join(tmpdir(), 'dl8-cli-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const signal = new AbortController().signal;
const call = async (argv: string[]) => {
  const io = memoryIo({ cwd: dir });
  const code = await main(argv, io, signal);
  return { code, out: io.out(), err: io.err() };
};

describe('dl8 run <id> --svg/--png/--csv', () => {
  it('writes an SVG that parses, a PNG of the drawn size and a CSV of the data', async () => {
    const r = await call([
      'run',
      'coordinate-descent',
      '--svg',
      'out/cd.svg',
      '--png',
      'out/cd.png',
      '--csv',
      'out/cd.csv',
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(join(dir, 'out/cd.svg'));

    const svg = readFileSync(join(dir, 'out/cd.svg'), 'utf8');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.documentElement?.nodeName).toBe('svg');
    expect(svg).toContain('<title');

    const png = PNG.sync.read(readFileSync(join(dir, 'out/cd.png')));
    expect(png.width).toBe(1120); // two charts side by side, 560 px each
    expect(png.height).toBe(360);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(10); // drawn, not blank

    const csv = readFileSync(join(dir, 'out/cd.csv'), 'utf8').trim().split('\n');
    expect(csv[0]!.split(',')[0]).toBe('chart');
    expect(csv.length).toBeGreaterThan(100);
    const width = csv[0]!.split(',').length;
    for (const line of csv.slice(1, 50))
      expect(line.split(',').length).toBeGreaterThanOrEqual(width);
  });

  it('a usage error writes nothing', async () => {
    const r = await call(['run', 'coordinate-descent', '--alpha', '1e9', '--svg', 'bad.svg']);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'bad.svg'))).toBe(false);
  });

  it('a folder given as --svg is a usage error', async () => {
    const r = await call(['run', 'coordinate-descent', '--svg', '.']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--svg: \. is a folder/);
  });
});

describe('dl8 notes', () => {
  it('prints one chapter section as text with its experiments summarised', async () => {
    const r = await call(['notes', '--section', '8.7.2', '--width', '70']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^8\.7\.2 Coordinate descent/);
    expect(r.out).toContain('▶ Experiment 8.7.2');
    expect(r.out).toContain('(1 + α)⁻²');
    for (const line of r.out.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it("prints a user's own markdown file", async () => {
    writeFileSync(join(dir, 'mine.md'), '# My notes\n\nSee $\\alpha$.\n\n```dl8 gamma-beta\n```\n');
    const r = await call(['notes', 'mine.md', '--no-run']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('My notes');
    expect(r.out).toContain('See α.');
    expect(r.out).toContain('Try it: dl8 run gamma-beta');
  });

  it.each([
    [['notes', '--section', '9.9'], /--section: no section "9.9"/],
    [['notes', 'missing.md'], /no such file: missing.md/],
    [['notes', '--width', '5'], /--width: expected a whole number from 40 to 400/],
  ])('%j is a usage error', async (argv, message) => {
    const r = await call(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

describe('dl8 export', () => {
  it("writes the user's notes as a self-contained page with live figures", async () => {
    writeFileSync(
      join(dir, 'page.md'),
      '# Page\n\n$$x^2$$\n\n```dl8 gamma-beta\n```\n\n<script>alert(1)</script>\n',
    );
    const r = await call(['export', 'page.md', '--out', 'site']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/wrote site\/page\.html/);
    const html = readFileSync(join(dir, 'site/page.html'), 'utf8');
    expect(html).toContain('class="katex');
    expect(html).toMatch(/data-dl8-experiment="gamma-beta"/);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toMatch(/<(link|script)[^>]+(src|href)="https?:/);
  });
});
