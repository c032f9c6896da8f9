import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../src/index.js';

describe('didYouMean(input, candidates)', () => {
  const ids = ['coordinate-descent', 'bn-training', 'gamma-beta', 'optimizer-race'];

  it('editDistance counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('didYouMean suggests the closest id for a typo', () => {
    expect(didYouMean('coordinate-decsent', ids)).toBe('coordinate-descent');
    expect(didYouMean('gama-beta', ids)).toBe('gamma-beta');
  });

  it('didYouMean suggests the only id with that prefix', () => {
    expect(didYouMean('optim', ids)).toBe('optimizer-race');
  });

  it('didYouMean returns undefined when nothing is close', () => {
    expect(didYouMean('zebra', ids)).toBeUndefined();
  });
});
