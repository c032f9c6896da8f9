import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README example', () => {
  it('runs as written and prints what its comments say', () => {
    const block = /## Example\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'README has a ```ts block under ## Example').toBeDefined();
    const imported = /import \{([^}]*)\} from '@dl8\/batchnorm';\n/.exec(block!);
    expect(imported).not.toBeNull();
    const body = block!.replace(imported![0], '');
    const logs: unknown[][] = [];
    const run = new Function('lib', 'console', `const {${imported![1]}} = lib;\n${body}`);
    run(lib, { log: (...args: unknown[]) => logs.push(args) });
    expect(logs).toHaveLength(4);
    const [mean, variance] = logs[1] as [Float64Array, Float64Array];
    expect(Array.from(mean)).toEqual([2.5, 25]);
    expect(Array.from(variance)).toEqual([1.25, 125]);
    const [runningMean, runningVar] = logs[2] as [Float64Array, Float64Array];
    expect(Array.from(runningMean)).toEqual([0.25, 2.5]);
    expect(runningVar[0]).toBeCloseTo(1.0667, 4);
    expect(runningVar[1]).toBeCloseTo(17.567, 3);
    expect(logs[3]![0]).toBeInstanceOf(Float32Array);
  });
});
