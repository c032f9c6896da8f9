import { describe, expect, it } from 'vitest';
import { formatNumber, formatTable } from '../src/formatTable.js';

describe('formatNumber(value)', () => {
  it.each([
    [3, '3'],
    [0.123456, '0.1235'],
    [1.5e-7, '1.500e-7'],
    [2.5e7, '2.500e+7'],
    [-0.5, '-0.5'],
    [Number.NaN, 'NaN'],
  ])('formats %d as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe('formatTable(columns, rows)', () => {
  it('aligns text left and numbers right under a rule', () => {
    expect(
      formatTable(
        ['name', 'value'],
        [
          ['a', 1],
          ['longer', 22.5],
        ],
      ),
    ).toBe(['name    value', '──────  ─────', 'a           1', 'longer   22.5'].join('\n'));
  });
});
