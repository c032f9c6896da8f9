import { describe, expect, it } from 'vitest';
import { parseFlags } from '../src/parseFlags.js';
import { UsageError } from '../src/usageError.js';

const specs = {
  seed: { type: 'string' as const },
  json: { type: 'boolean' as const },
  chart: { type: 'boolean' as const },
  weightScale: { type: 'string' as const },
  help: { type: 'boolean' as const, short: 'h' },
};

describe('parseFlags(argv, specs)', () => {
  it.each([
    [['id', '--seed', '3'], { seed: '3' }, ['id']],
    [['--seed=3', 'id'], { seed: '3' }, ['id']],
    [['--json', 'id'], { json: true }, ['id']],
    [['--no-chart'], { chart: false }, []],
    [['--weight-scale', '0.5'], { weightScale: '0.5' }, []],
    [['--weightScale', '0.5'], { weightScale: '0.5' }, []],
    [['--seed', '-1'], { seed: '-1' }, []],
    [['-h'], { help: true }, []],
    [['--', '--json'], {}, ['--json']],
  ])('reads %j', (argv, flags, positionals) => {
    expect(parseFlags(argv, specs, 'run')).toEqual({ flags, positionals });
  });

  it.each([
    [['--sede', '3'], /unknown option --sede \(did you mean --seed\?\)/],
    [['--seed'], /--seed needs a value/],
    [['--seed', '--json'], /--seed needs a value/],
    [['--json', '--json'], /--json was given more than once/],
    [['--no-seed'], /unknown option --no-seed/],
    [['--no-chart=1'], /--no-chart takes no value/],
    [['-x'], /unknown option -x/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseFlags(argv, specs, 'run')).toThrow(UsageError);
    expect(() => parseFlags(argv, specs, 'run')).toThrow(message);
  });
});
