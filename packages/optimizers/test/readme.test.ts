import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as dl8 from '../src/index.js';

const readme = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md'),
  'utf8',
);

describe('README example', () => {
  it('runs as written and prints what its comments say', () => {
    const block = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    const imports = /import \{([^}]*)\} from '@dl8\/optimizers';/.exec(block)!;
    const names = imports[1]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const body = block.replace(imports[0], '');
    const logged: unknown[][] = [];
    const fakeConsole = { log: (...args: unknown[]) => logged.push(args) };
    const api = dl8 as unknown as Record<string, unknown>;
    new Function('console', ...names, body)(fakeConsole, ...names.map((n) => api[n]));
    expect(logged.length).toBe(4);
    expect(logged[0]![0] as number).toBeLessThan(1e-10);
    expect(logged[0]![1]).toBe(2001);
    const cd = logged[1]![0] as number[];
    expect(cd[0]).toBeCloseTo(0.8277, 4);
    expect(cd[1]).toBeCloseTo(0.8195, 4);
    expect(Array.from(logged[2]![0] as Float64Array)).toEqual([0, 0]);
    const [w, avg] = logged[3] as [Float32Array, Float32Array];
    expect(Math.hypot(w[0]!, w[1]!)).toBeLessThan(1e-3);
    expect(avg).toBeInstanceOf(Float32Array);
  });
});
