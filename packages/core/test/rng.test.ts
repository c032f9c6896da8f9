import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArgumentError, createRng, rngFromState } from '../src/index.js';

describe('createRng', () => {
  it('createRng(42).next() yields the sfc32 sequence of the C reference in test/fixtures/sfc32.c', () => {
    const rng = createRng(42);
    expect([rng.next(), rng.next(), rng.next(), rng.next(), rng.next()]).toEqual([
      2852766471, 4136168353, 1126838629, 1262802217, 3628890397,
    ]);
  });

  it('createRng(42) gives fixed uniform, normal and int values', () => {
    const rng = createRng(42);
    expect(rng.uniform()).toBe(0.664211459182402);
    expect(rng.normal()).toBe(0.43816213825494804);
    expect(rng.int(10)).toBe(7);
  });

  it('createRng(seed) repeats its sequence for the same seed and differs for nearby seeds', () => {
    const draw = (s: number) => {
      const r = createRng(s);
      return Array.from({ length: 8 }, () => r.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(2 ** 40)).not.toEqual(draw(0));
  });

  it('rngFromState(rng.state()) continues the same sequence', () => {
    const rng = createRng(3);
    for (let i = 0; i < 10; i++) rng.uniform();
    const copy = rngFromState(rng.state());
    expect(Array.from({ length: 5 }, () => copy.normal())).toEqual(
      Array.from({ length: 5 }, () => rng.normal()),
    );
  });

  it('uniform(lo, hi) stays in [lo, hi) and has mean near the midpoint', () => {
    const rng = createRng(1);
    let s = 0;
    for (let i = 0; i < 20000; i++) {
      const u = rng.uniform(-2, 4);
      expect(u >= -2 && u < 4).toBe(true);
      s += u;
    }
    expect(Math.abs(s / 20000 - 1)).toBeLessThan(0.05);
  });

  it('normal(mean, std) has the requested mean and standard deviation', () => {
    const rng = createRng(2);
    const xs = Array.from({ length: 20000 }, () => rng.normal(3, 0.5));
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    const v = xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length;
    expect(Math.abs(m - 3)).toBeLessThan(0.02);
    expect(Math.abs(Math.sqrt(v) - 0.5)).toBeLessThan(0.02);
  });

  it('int(n) covers 0..n-1 evenly', () => {
    const rng = createRng(5);
    const counts = new Array(6).fill(0);
    for (let i = 0; i < 6000; i++) counts[rng.int(6)]++;
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(120);
  });

  it('shuffle(a) permutes in place and choice(a) picks an element', () => {
    const rng = createRng(9);
    const a = [1, 2, 3, 4, 5, 6, 7, 8];
    const same = rng.shuffle(a);
    expect(same).toBe(a);
    expect([...a].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(a).not.toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(a).toContain(rng.choice(a));
  });

  it('property: shuffle keeps the multiset for any seed and array', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.array(fc.integer()), (seed, arr) => {
        const out = createRng(seed).shuffle([...arr]);
        expect([...out].sort()).toEqual([...arr].sort());
      }),
      { seed: 1, numRuns: 100 },
    );
  });

  it('rejects bad seeds, bad n, empty choice and bad state with ArgumentError', () => {
    expect(() => createRng(1.5)).toThrow(ArgumentError);
    expect(() => createRng(Number.NaN)).toThrow('createRng: seed must be a safe integer, got NaN');
    const rng = createRng(0);
    expect(() => rng.int(0)).toThrow('int: n must be an integer in 1..2^32, got 0');
    expect(() => rng.choice([])).toThrow('choice: the array is empty');
    expect(() => rngFromState([1, 2, 3])).toThrow(ArgumentError);
  });
});
