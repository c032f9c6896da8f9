import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaults,
  formatBlock,
  ParamBlockError,
  ParamParseError,
  type ParamSpec,
  parseBlock,
  parseParamString,
  parseParams,
  validate,
} from '../src/index.js';

const schema = {
  lr: {
    kind: 'number',
    label: 'Learning rate',
    help: 'step size',
    default: 0.1,
    min: 0.001,
    max: 1,
    scale: 'log',
  },
  depth: { kind: 'integer', label: 'Depth', help: 'layers', default: 4, min: 1, max: 20 },
  bn: { kind: 'boolean', label: 'Batch norm', help: 'normalize', default: true },
  opt: {
    kind: 'choice',
    label: 'Optimizer',
    help: 'which one',
    default: 'sgd',
    choices: [
      { value: 'sgd', label: 'SGD' },
      { value: 'adam', label: 'Adam' },
    ],
  },
} as const satisfies Record<string, ParamSpec>;

describe('defaults(schema)', () => {
  it('defaults(schema) returns each spec default in schema order', () => {
    const d = defaults(schema);
    expect(d).toEqual({ lr: 0.1, depth: 4, bn: true, opt: 'sgd' });
    expect(Object.keys(d)).toEqual(['lr', 'depth', 'bn', 'opt']);
  });
});

describe('validate(schema, values)', () => {
  it('validate fills missing keys with defaults', () => {
    expect(validate(schema, { depth: 7 })).toEqual({
      ok: true,
      value: { lr: 0.1, depth: 7, bn: true, opt: 'sgd' },
    });
  });

  it('validate reports every problem at once with the allowed range', () => {
    const r = validate(schema, { lr: 5, depth: 2.5, bn: 'yes', opt: 'rmsprop', dpeth: 3 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(5);
    expect(r.errors).toContain('lr: 5 is above the maximum 1 (allowed: a number from 0.001 to 1)');
    expect(r.errors).toContain('depth: 2.5 is not an integer (allowed: an integer from 1 to 20)');
    expect(r.errors).toContain('bn: expected true or false, got "yes"');
    expect(r.errors).toContain('opt: "rmsprop" is not one of sgd, adam');
    expect(r.errors.find((e) => e.startsWith('unknown parameter "dpeth"'))).toContain(
      'did you mean "depth"?',
    );
  });

  it('validate rejects NaN, infinities and values below the minimum', () => {
    const r = validate(schema, { lr: Number.NaN, depth: 0 });
    expect(r).toEqual({
      ok: false,
      errors: [
        'lr: expected a number from 0.001 to 1, got null',
        'depth: 0 is below the minimum 1 (allowed: an integer from 1 to 20)',
      ],
    });
    expect(validate(schema, { lr: Number.POSITIVE_INFINITY }).ok).toBe(false);
  });
});

describe('parseParamString(spec, key, text)', () => {
  it.each([
    ['lr', '0.25', 0.25],
    ['lr', '1e-2', 0.01],
    ['lr', ' .5 ', 0.5],
    ['depth', '12', 12],
    ['bn', 'false', false],
    ['bn', 'on', true],
    ['opt', 'adam', 'adam'],
  ] as const)('parseParamString(%s, %j) reads %j', (key, text, expected) => {
    expect(parseParamString(schema[key], key, text)).toBe(expected);
  });

  it.each([
    ['lr', ''],
    ['lr', 'abc'],
    ['lr', '0x10'],
    ['lr', 'Infinity'],
    ['depth', '2.5'],
    ['bn', 'maybe'],
    ['opt', 'Adam'],
  ] as const)('parseParamString(%s, %j) throws ParamParseError', (key, text) => {
    expect(() => parseParamString(schema[key], key, text)).toThrow(ParamParseError);
  });

  it('parseParamString names the key and what is allowed', () => {
    expect(() => parseParamString(schema.depth, 'depth', 'x')).toThrow(
      'depth: cannot read "x" as an integer from 1 to 20',
    );
  });
});

describe('parseParams(schema, texts)', () => {
  it('parseParams reads, defaults and validates a set of strings', () => {
    expect(parseParams(schema, { lr: '0.5', opt: 'adam' })).toEqual({
      ok: true,
      value: { lr: 0.5, depth: 4, bn: true, opt: 'adam' },
    });
  });

  it('parseParams reports unreadable, out-of-range and unknown keys together', () => {
    const r = parseParams(schema, { lr: 'fast', depth: '99', colour: 'red' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      'lr: cannot read "fast" as a number from 0.001 to 1',
      'unknown parameter "colour"; known: lr, depth, bn, opt',
      'depth: 99 is above the maximum 20 (allowed: an integer from 1 to 20)',
    ]);
  });
});

describe('parseBlock(text)', () => {
  it('parseBlock reads key: value lines, skipping blanks and comments', () => {
    expect(parseBlock('depth: 8\n\n# a comment\nlr:0.05\r\nnote: a: b\n')).toEqual({
      depth: '8',
      lr: '0.05',
      note: 'a: b',
    });
  });

  it('parseBlock throws ParamBlockError naming the line', () => {
    expect(() => parseBlock('depth: 8\nlr 0.05')).toThrow(ParamBlockError);
    expect(() => parseBlock('depth: 8\nlr 0.05')).toThrow('line 2: expected "key: value"');
    expect(() => parseBlock('depth: 8\ndepth: 9')).toThrow('line 2: depth: given twice');
    expect(() => parseBlock('depth:')).toThrow('line 1: depth: missing value');
    expect(() => parseBlock('9lives: 3')).toThrow('line 1: "9lives" is not a parameter name');
  });
});

describe('formatBlock(id, params)', () => {
  it('formatBlock writes a ```dl8 block with one line per parameter', () => {
    expect(formatBlock('demo', { lr: 0.1, depth: 4, bn: true, opt: 'sgd' })).toBe(
      '```dl8 demo\nlr: 0.1\ndepth: 4\nbn: true\nopt: sgd\n```\n',
    );
  });

  it('formatBlock keeps the sign of -0 so it reads back identical', () => {
    const text = formatBlock('demo', { lr: -0 });
    expect(text).toContain('lr: -0');
    expect(Object.is(parseParamString(schema.lr, 'lr', parseBlock(text).lr!), -0)).toBe(true);
  });

  it('formatBlock then parseBlock and parseParams gives the same parameters back', () => {
    const arb = fc.record({
      lr: fc.double({ min: 0.001, max: 1, noNaN: true }),
      depth: fc.integer({ min: 1, max: 20 }),
      bn: fc.boolean(),
      opt: fc.constantFrom('sgd', 'adam'),
    });
    fc.assert(
      fc.property(arb, (p) => {
        const back = parseParams(schema, parseBlock(formatBlock('demo', p)));
        expect(back).toEqual({ ok: true, value: p });
      }),
      { numRuns: 300 },
    );
  });
});
